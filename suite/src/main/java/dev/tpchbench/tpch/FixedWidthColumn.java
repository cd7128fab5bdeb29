package dev.tpchbench.tpch;

import java.util.List;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Values of a fixed-width column written straight into one exactly sized Arrow buffer, little-endian
 * as Arrow lays them out. Every row must be set: the buffer is not zeroed, to touch memory once.
 */
final class FixedWidthColumn implements ColumnBuilder {
    private final BufferAllocator allocator;
    private final int width;
    private ArrowBuf data;

    FixedWidthColumn(BufferAllocator allocator, int width) {
        this.allocator = allocator;
        this.width = width;
    }

    @Override
    public void start(int rows) {
        close();
        data = allocator.buffer((long) rows * width);
    }

    /** Int64. */
    void setLong(int row, long value) {
        data.setLong((long) row * 8, value);
    }

    /** Int32 and Date32 (days since 1970-01-01). */
    void setInt(int row, int value) {
        data.setInt((long) row * 4, value);
    }

    /** Decimal128 from its unscaled value: the low word, then the sign extended into the high word. */
    void setDecimal(int row, long unscaled) {
        long offset = (long) row * 16;
        data.setLong(offset, unscaled);
        data.setLong(offset + 8, unscaled >> 63);
    }

    @Override
    public List<ArrowBuf> finish() {
        return List.of(data);
    }

    @Override
    public void close() {
        if (data != null) {
            data.close();
            data = null;
        }
    }
}
