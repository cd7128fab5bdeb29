package dev.tpchbench.cdata;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

import dev.tpchbench.data.ArrowTable;

/**
 * The per-batch FFI shape of the team's Phases 1 and 1.5: every batch crosses the C Data Interface
 * on its own (array and schema), is imported by {@code importer} into {@code allocator}, and the
 * imports are accumulated into a table.
 */
public final class PerBatchTransfer {
    private PerBatchTransfer() {
    }

    /** The imported batches as a table the caller owns; on failure, nothing imported is left open. */
    public static ArrowTable exportAndImport(ArrowTable source, BatchImporter importer, BufferAllocator allocator) {
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
