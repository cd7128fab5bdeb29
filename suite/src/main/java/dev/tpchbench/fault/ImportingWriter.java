package dev.tpchbench.fault;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.arrow.memory.BufferAllocator;

import dev.tpchbench.cdata.BatchImporter;
import dev.tpchbench.cdata.PerBatchTransfer;
import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.write.DatasetWriter;
import dev.tpchbench.write.WriteResult;

/**
 * The Phase 1.5 shape ({@link PerBatchTransfer}) with a pluggable importer; the imports are
 * written by {@code writer}.
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
        try (ArrowTable imported = PerBatchTransfer.exportAndImport(table, importer, allocator)) {
            return writer.write(imported, target);
        }
    }
}
