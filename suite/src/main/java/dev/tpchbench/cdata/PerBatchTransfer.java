package dev.tpchbench.cdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.data.BatchSource;
import dev.tpchbench.write.DatasetWriter;
import dev.tpchbench.write.TransformingWriter;
import dev.tpchbench.write.WriteResult;

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

    /**
     * The same path from a stream that is never held whole (issue 11): each batch is exported and imported
     * as it arrives, the imports are accumulated (Phase 1.5's real cost at scale), then written by
     * {@code writer} and closed.
     */
    public static WriteResult writeStreamed(ArrowReader batches, BatchImporter importer, BufferAllocator allocator,
            DatasetWriter writer, Path target) throws IOException {
        try (ArrowTable imported = importAll(batches.getVectorSchemaRoot().getSchema(), BatchSource.of(batches),
                importer, allocator)) {
            return writer.write(imported, target);
        }
    }

    private static ArrowTable exportAndImport(ArrowTable source, BatchImporter importer, BufferAllocator allocator) {
        try {
            return importAll(source.schema(), BatchSource.of(source), importer, allocator);
        } catch (IOException e) {
            throw new UncheckedIOException("a table in memory cannot fail to read", e);
        }
    }

    /** The imported batches as a table the caller owns; on failure, nothing imported is left open. */
    private static ArrowTable importAll(Schema schema, BatchSource source, BatchImporter importer,
            BufferAllocator allocator) throws IOException {
        List<VectorSchemaRoot> imported = new ArrayList<>();
        try {
            for (VectorSchemaRoot batch = source.next(); batch != null; batch = source.next()) {
                try (ExportedBatch exported = ExportedBatch.export(allocator, batch, true)) {
                    imported.add(importer.importBatch(exported.array(), exported.schema(), allocator));
                }
            }
            return new ArrowTable(schema, imported);
        } catch (IOException | RuntimeException | Error e) {
            imported.forEach(VectorSchemaRoot::close);
            throw e;
        }
    }
}
