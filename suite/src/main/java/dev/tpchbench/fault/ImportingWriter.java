package dev.tpchbench.fault;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

import dev.tpchbench.cdata.BatchImporter;
import dev.tpchbench.cdata.ExportedBatch;
import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.write.DatasetWriter;
import dev.tpchbench.write.WriteResult;

/**
 * The Phase 1.5 shape with a pluggable importer: every batch crosses the C Data Interface on its
 * own, is imported into {@code allocator}, and the imports are written by {@code writer}.
 */
final class ImportingWriter implements DatasetWriter {
    private final BatchImporter importer;
    private final BufferAllocator allocator;
    private final DatasetWriter writer;

    ImportingWriter(BatchImporter importer, BufferAllocator allocator, DatasetWriter writer) {
        this.importer = importer;
        this.allocator = allocator;
        this.writer = writer;
    }

    @Override
    public String describe() {
        return "per-batch C Data export + " + importer.name() + " import -> " + writer.describe();
    }

    @Override
    public WriteResult write(ArrowTable table, Path target) throws IOException {
        List<VectorSchemaRoot> imported = new ArrayList<>(table.batchCount());
        try {
            for (VectorSchemaRoot batch : table.batches()) {
                try (ExportedBatch exported = ExportedBatch.export(allocator, batch, true)) {
                    imported.add(importer.importBatch(exported.array(), exported.schema(), allocator));
                }
            }
            return writer.write(new ArrowTable(table.schema(), imported), target);
        } finally {
            imported.forEach(VectorSchemaRoot::close);
        }
    }
}
