package dev.tpchbench.fault;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.arrow.memory.BufferAllocator;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.write.DatasetWriter;
import dev.tpchbench.write.WriteResult;

/** A real writer that is handed a distorted copy of the table instead of the table. */
final class DistortingWriter implements DatasetWriter {
    private final DatasetWriter writer;
    private final Distortion distortion;
    private final BufferAllocator allocator;

    DistortingWriter(DatasetWriter writer, Distortion distortion, BufferAllocator allocator) {
        this.writer = writer;
        this.distortion = distortion;
        this.allocator = allocator;
    }

    @Override
    public String describe() {
        return "distorted input -> " + writer.describe();
    }

    @Override
    public WriteResult write(ArrowTable table, Path target) throws IOException {
        try (ArrowTable wrong = distortion.apply(table, allocator)) {
            return writer.write(wrong, target);
        }
    }
}
