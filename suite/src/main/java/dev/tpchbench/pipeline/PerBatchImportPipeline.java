package dev.tpchbench.pipeline;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.arrow.memory.BufferAllocator;

import dev.tpchbench.cdata.Importer;
import dev.tpchbench.cdata.PerBatchTransfer;
import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.write.LanceDatasetWriter;
import dev.tpchbench.write.LanceWriteSettings;
import dev.tpchbench.write.WriteResult;

/**
 * Phases 1 and 1.5: every batch crosses the C Data Interface on its own (array and schema, as the
 * team's per-batch FFI call did), is imported on the "Rust side" by the given importer, and the
 * imports are accumulated; then the accumulated batches are written to Lance.
 */
final class PerBatchImportPipeline implements Pipeline {
    private final Importer importer;
    private final BufferAllocator allocator;
    private final LanceDatasetWriter lance;

    PerBatchImportPipeline(Importer importer, BufferAllocator allocator, LanceWriteSettings settings) {
        this.importer = importer;
        this.allocator = allocator;
        this.lance = new LanceDatasetWriter(settings, allocator);
    }

    @Override
    public String describe() {
        return "per-batch C Data export + " + importer + " import, accumulate -> " + lance.describe();
    }

    @Override
    public WriteResult run(ArrowTable source, Path target) throws IOException {
        try (ArrowTable imported = PerBatchTransfer.exportAndImport(source, importer.create(), allocator)) {
            return lance.write(imported, target);
        }
    }
}
