package dev.tpchbench.cdata;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.write.DatasetWriter;
import dev.tpchbench.write.TransformingWriter;

/**
 * The per-batch FFI shape of the team's Phases 1 and 1.5: every batch crosses the C Data Interface
 * on its own (array and schema), is imported by an importer into the writer's allocator, and the
 * imports are accumulated into a table, which another writer then writes.
 */
public final class PerBatchTransfer {
    private PerBatchTransfer() {
    }

    /** A writer that transfers the table batch by batch through {@code importer}, then writes the imports with {@code writer}. */
    public static DatasetWriter writer(BatchImporter importer, BufferAllocator allocator, DatasetWriter writer) {
        return new TransformingWriter("per-batch C Data export + " + importer.name() + " import, accumulate",
                (source, into) -> exportAndImport(source, importer, into), allocator, writer);
    }

    /** The imported batches as a table the caller owns; on failure, nothing imported is left open. */
    private static ArrowTable exportAndImport(ArrowTable source, BatchImporter importer, BufferAllocator allocator) {
        List<VectorSchemaRoot> imported = new ArrayList<>(source.batchCount());
        try {
            for (VectorSchemaRoot batch : source.batches()) {
                try (ExportedBatch exported = ExportedBatch.export(allocator, batch, true)) {
                    imported.add(importer.importBatch(exported.array(), exported.schema(), allocator));
                }
            }
            return new ArrowTable(source.schema(), imported);
        } catch (RuntimeException | Error e) {
            imported.forEach(VectorSchemaRoot::close);
            throw e;
        }
    }
}
