package dev.tpchbench.pipeline;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.arrow.memory.BufferAllocator;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.write.LanceDatasetWriter;
import dev.tpchbench.write.LanceWriteSettings;
import dev.tpchbench.write.WriteResult;

/** Phase 2: the source batches go to Lance as one ArrowArrayStream, without copies or accumulation. */
final class StreamingPipeline implements Pipeline {
    private final LanceDatasetWriter lance;

    StreamingPipeline(BufferAllocator allocator, LanceWriteSettings settings) {
        this.lance = new LanceDatasetWriter(settings, allocator);
    }

    @Override
    public String describe() {
        return "one C Data stream -> " + lance.describe();
    }

    @Override
    public WriteResult run(ArrowTable source, Path target) throws IOException {
        return lance.write(source, target);
    }
}
