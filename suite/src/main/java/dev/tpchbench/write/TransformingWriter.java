package dev.tpchbench.write;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.arrow.memory.BufferAllocator;

import dev.tpchbench.data.ArrowTable;

/**
 * A real writer handed a table made from the input (the batches imported one by one over C Data,
 * a distorted copy) instead of the input itself; the made table is closed after the write.
 */
public final class TransformingWriter implements DatasetWriter {
    /** Makes a new table from {@code source} in {@code allocator}; the caller closes it, the source is untouched. */
    @FunctionalInterface
    public interface TableTransform {
        ArrowTable apply(ArrowTable source, BufferAllocator allocator);
    }

    private final String transformed;
    private final TableTransform transform;
    private final BufferAllocator allocator;
    private final DatasetWriter writer;

    /** {@code transformed} says what is made of the input, for {@link #describe()}. */
    public TransformingWriter(String transformed, TableTransform transform, BufferAllocator allocator,
            DatasetWriter writer) {
        this.transformed = transformed;
        this.transform = transform;
        this.allocator = allocator;
        this.writer = writer;
    }

    @Override
    public String describe() {
        return transformed + " -> " + writer.describe();
    }

    @Override
    public WriteResult write(ArrowTable table, Path target) throws IOException {
        try (ArrowTable made = transform.apply(table, allocator)) {
            return writer.write(made, target);
        }
    }
}
