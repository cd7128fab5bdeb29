package dev.tpchbench.tpch;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;

/**
 * A Utf8 column built as Arrow offsets plus bytes. The bytes gather in a heap array reused from
 * batch to batch and are copied once into an exactly sized Arrow buffer at the end, because their
 * total is unknown until the last row: growing an Arrow buffer instead would copy and over-allocate.
 */
final class TextColumn implements ColumnBuilder {
    private final BufferAllocator allocator;
    private ArrowBuf offsets;
    private ArrowBuf data;
    private byte[] bytes = new byte[1 << 16];
    private int length;

    TextColumn(BufferAllocator allocator) {
        this.allocator = allocator;
    }

    @Override
    public void start(int rows) {
        close();
        offsets = allocator.buffer((long) (rows + 1) * Integer.BYTES);
        offsets.setInt(0, 0);
        length = 0;
    }

    void set(int row, String value) {
        int chars = value.length();
        reserve(chars);
        // TPC-H text is ASCII: copy it char by char, which needs no byte array per value.
        for (int i = 0; i < chars; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                appendEncoded(row, value.getBytes(StandardCharsets.UTF_8));
                return;
            }
            bytes[length + i] = (byte) c;
        }
        length += chars;
        offsets.setInt((long) (row + 1) * Integer.BYTES, length);
    }

    /** For single-character values (flags), without a string per row. */
    void set(int row, char value) {
        if (value >= 0x80) {
            set(row, String.valueOf(value));
            return;
        }
        reserve(1);
        bytes[length++] = (byte) value;
        offsets.setInt((long) (row + 1) * Integer.BYTES, length);
    }

    private void appendEncoded(int row, byte[] value) {
        reserve(value.length);
        System.arraycopy(value, 0, bytes, length, value.length);
        length += value.length;
        offsets.setInt((long) (row + 1) * Integer.BYTES, length);
    }

    private void reserve(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    @Override
    public List<ArrowBuf> finish() {
        data = allocator.buffer(length);
        data.setBytes(0, bytes, 0, length);
        return List.of(offsets, data);
    }

    @Override
    public void close() {
        if (offsets != null) {
            offsets.close();
            offsets = null;
        }
        if (data != null) {
            data.close();
            data = null;
        }
    }
}
