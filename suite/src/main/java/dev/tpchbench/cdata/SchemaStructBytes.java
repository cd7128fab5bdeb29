package dev.tpchbench.cdata;

import java.util.Arrays;

import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.memory.util.MemoryUtil;

/**
 * The bytes of a C {@code ArrowSchema} tree that define the schema it describes (per node: format,
 * name, metadata, flags, child count, whether it has a dictionary), so that a stream can tell whether a
 * batch's schema struct describes the schema it already holds without building a {@code Schema} again.
 * One instance is reused for every batch: reading a struct allocates nothing once the buffer is big enough.
 */
final class SchemaStructBytes {
    /** As Arrow's importer: deeper trees are malformed (or cyclic). */
    private static final int MAX_DEPTH = 64;

    private byte[] bytes = new byte[1024];
    private int size;

    /** Replaces the content with the bytes of {@code struct}'s tree; does not release the struct. */
    SchemaStructBytes read(ArrowSchema struct) {
        size = 0;
        node(struct, 0);
        return this;
    }

    /** True if both hold the bytes of the same schema. */
    boolean sameAs(SchemaStructBytes other) {
        return Arrays.equals(bytes, 0, size, other.bytes, 0, other.size);
    }

    /** A copy that later {@link #read} calls on this instance do not change. */
    SchemaStructBytes copy() {
        SchemaStructBytes copy = new SchemaStructBytes();
        copy.bytes = Arrays.copyOf(bytes, size);
        copy.size = size;
        return copy;
    }

    private void node(ArrowSchema struct, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("the schema struct is nested deeper than " + MAX_DEPTH + " levels");
        }
        ArrowSchema.Snapshot node = struct.snapshot();
        cString(node.format);
        cString(node.name);
        metadata(node.metadata);
        putLong(node.flags);
        putLong(node.n_children);
        putLong(node.dictionary == 0 ? 0 : 1);
        for (long c = 0; c < node.n_children; c++) {
            node(ArrowSchema.wrap(MemoryUtil.getLong(node.children + 8L * c)), depth + 1);
        }
    }

    /** Length-prefixed, so that no two different trees give the same bytes; -1 for a NULL pointer. */
    private void cString(long address) {
        if (address == 0) {
            putLong(-1);
            return;
        }
        int length = 0;
        while (MemoryUtil.getByte(address + length) != 0) {
            length++;
        }
        putLong(length);
        copy(address, length);
    }

    /** The spec's encoding: int32 pair count, then per pair an int32 length and bytes for key and value. */
    private void metadata(long address) {
        if (address == 0) {
            putLong(-1);
            return;
        }
        long end = address + 4;
        for (int field = 0, fields = 2 * MemoryUtil.getInt(address); field < fields; field++) {
            end += 4 + MemoryUtil.getInt(end);
        }
        int length = Math.toIntExact(end - address);
        putLong(length);
        copy(address, length);
    }

    private void putLong(long value) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            bytes[size++] = (byte) (value >>> (8 * i));
        }
    }

    private void copy(long address, int length) {
        ensure(length);
        MemoryUtil.copyFromMemory(address, bytes, size, length);
        size += length;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
        }
    }
}
