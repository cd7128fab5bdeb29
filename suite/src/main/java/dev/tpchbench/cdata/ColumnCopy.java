package dev.tpchbench.cdata;

import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;

/**
 * Copies one column of a C Data record batch into a new Java vector, buffer by buffer: no value
 * is boxed, and the cost grows with the number of rows and bytes.
 */
final class ColumnCopy {
    private ColumnCopy() {
    }

    /**
     * Fills {@code target} (empty, created from the column's field) with rows
     * [parentOffset, parentOffset + rows) of the record batch; the column's own offset adds to the
     * parent's, as the spec says for struct children.
     */
    static void copy(ArrayStruct column, long parentOffset, int rows, FieldVector target) {
        String name = target.getName();
        if (column.length() < parentOffset + rows) {
            throw new IllegalArgumentException("column '" + name + "' holds " + column.length()
                    + " values; the record batch needs " + (parentOffset + rows));
        }
        long start = column.offset() + parentOffset;
        if (target instanceof BaseFixedWidthVector) {
            copyFixedWidth(column, start, rows, (BaseFixedWidthVector) target);
        } else if (target instanceof VarCharVector) {
            copyUtf8(column, start, rows, (VarCharVector) target);
        } else {
            throw new UnsupportedOperationException("column '" + name + "' has type " + target.getField().getType()
                    + ", which the hand-written importer does not copy");
        }
    }

    /** Buffers: validity, values. */
    private static void copyFixedWidth(ArrayStruct column, long start, int rows, BaseFixedWidthVector target) {
        requireBuffers(column, 2, target);
        target.allocateNew(rows);
        ValidityBitmap.copy(column, start, rows, target.getValidityBuffer(), target.getName());
        long width = target.getTypeWidth();
        if (rows > 0) {
            MemoryUtil.copyMemory(requireBuffer(column, 1, target) + start * width, target.getDataBufferAddress(),
                    rows * width);
        }
        target.setValueCount(rows);
    }

    /** Buffers: validity, int32 offsets (rows + 1 of them), bytes. Offsets are rebased to start at 0. */
    private static void copyUtf8(ArrayStruct column, long start, int rows, VarCharVector target) {
        requireBuffers(column, 3, target);
        if (rows == 0) {
            // The spec lets a producer leave the buffers of an empty array NULL: read none.
            target.allocateNew(0, 0);
            target.setValueCount(0);
            return;
        }
        long offsets = requireBuffer(column, 1, target) + 4 * start;
        int first = MemoryUtil.getInt(offsets);
        int bytes = MemoryUtil.getInt(offsets + 4L * rows) - first;
        if (first < 0 || bytes < 0) {
            throw new IllegalArgumentException("column '" + target.getName() + "' has malformed offsets: "
                    + first + " to " + (first + bytes));
        }
        target.allocateNew(bytes, rows);
        ValidityBitmap.copy(column, start, rows, target.getValidityBuffer(), target.getName());
        long targetOffsets = target.getOffsetBufferAddress();
        if (first == 0) {
            MemoryUtil.copyMemory(offsets, targetOffsets, 4L * (rows + 1));
        } else {
            for (int i = 0; i <= rows; i++) {
                MemoryUtil.putInt(targetOffsets + 4L * i, MemoryUtil.getInt(offsets + 4L * i) - first);
            }
        }
        if (bytes > 0) {
            MemoryUtil.copyMemory(requireBuffer(column, 2, target) + first, target.getDataBufferAddress(), bytes);
        }
        // Marks every row as written, so setValueCount does not "fill holes" over the copied offsets.
        target.setLastSet(rows - 1);
        target.setValueCount(rows);
    }

    private static void requireBuffers(ArrayStruct column, int expected, FieldVector target) {
        if (column.bufferCount() != expected) {
            throw new IllegalArgumentException("column '" + target.getName() + "' (" + target.getField().getType()
                    + ") has " + column.bufferCount() + " buffers; the C Data Interface specifies " + expected);
        }
    }

    private static long requireBuffer(ArrayStruct column, int index, FieldVector target) {
        long address = column.buffer(index);
        if (address == 0) {
            throw new IllegalArgumentException("column '" + target.getName() + "' has a NULL buffer " + index);
        }
        return address;
    }
}
