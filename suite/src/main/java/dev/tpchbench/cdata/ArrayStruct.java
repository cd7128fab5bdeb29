package dev.tpchbench.cdata;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.memory.util.MemoryUtil;

/** The fields of one C {@code ArrowArray} struct, read once; pointers are followed with {@link MemoryUtil}. */
final class ArrayStruct {
    private final ArrowArray.Snapshot fields;

    private ArrayStruct(ArrowArray.Snapshot fields) {
        this.fields = fields;
    }

    static ArrayStruct of(ArrowArray array) {
        return new ArrayStruct(array.snapshot());
    }

    long length() {
        return fields.length;
    }

    /** -1 when the producer did not compute it. */
    long nullCount() {
        return fields.null_count;
    }

    long offset() {
        return fields.offset;
    }

    long bufferCount() {
        return fields.n_buffers;
    }

    /** The address of buffer {@code i}; 0 for a NULL buffer pointer. */
    long buffer(int i) {
        if (i >= fields.n_buffers) {
            throw new IllegalArgumentException("buffer " + i + " of an array with " + fields.n_buffers + " buffers");
        }
        return MemoryUtil.getLong(fields.buffers + 8L * i);
    }

    int childCount() {
        return Math.toIntExact(fields.n_children);
    }

    ArrayStruct child(int i) {
        if (i >= fields.n_children) {
            throw new IllegalArgumentException("child " + i + " of an array with " + fields.n_children + " children");
        }
        return of(ArrowArray.wrap(MemoryUtil.getLong(fields.children + 8L * i)));
    }
}
