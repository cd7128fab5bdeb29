package dev.tpchbench.cdata;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.types.pojo.Schema;

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

    /**
     * Throws unless this array can be a record batch of {@code schema}: one child per column and no
     * null rows (a NULL bitmap or a null count of 0).
     */
    void requireRecordBatchOf(Schema schema) {
        if (childCount() != schema.getFields().size()) {
            throw new IllegalArgumentException("the array has " + childCount() + " columns, the schema "
                    + schema.getFields().size());
        }
        if (nullCount() != 0 && bufferCount() > 0 && buffer(0) != 0) {
            throw new IllegalArgumentException("a record batch cannot have null rows; the array's null count is "
                    + nullCount());
        }
    }
}
