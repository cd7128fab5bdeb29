package dev.tpchbench.cdata;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;

/** Copies a slice of a C Data validity bitmap (LSB-first) into a Java vector's validity buffer. */
final class ValidityBitmap {
    private ValidityBitmap() {
    }

    /**
     * Writes the validity of rows [start, start + rows) of {@code column} to bits [0, rows) of
     * {@code target}. Per the spec, a NULL bitmap or a null count of 0 means every row is valid
     * (the bitmap is then not read: a producer may leave it stale).
     */
    static void copy(ArrayStruct column, long start, int rows, ArrowBuf target, String name) {
        int bytes = (rows + 7) >>> 3;
        long bitmap = column.buffer(0);
        boolean allValid = column.nullCount() == 0 || (bitmap == 0 && column.nullCount() < 0);
        if (allValid) {
            target.setOne(0, bytes);
        } else if (bitmap == 0) {
            throw new IllegalArgumentException("column '" + name + "' has null count " + column.nullCount()
                    + " but no validity bitmap");
        } else if ((start & 7) == 0) {
            MemoryUtil.copyMemory(bitmap + (start >>> 3), target.memoryAddress(), bytes);
        } else {
            copyShifted(bitmap + (start >>> 3), (int) (start & 7), rows, target);
        }
        clearBitsAfter(rows, target);
    }

    /** Bit i of the result is bit (shift + i) of the source; never reads past the source's last needed byte. */
    private static void copyShifted(long source, int shift, int rows, ArrowBuf target) {
        int bytes = (rows + 7) >>> 3;
        int sourceBytes = (shift + rows + 7) >>> 3;
        for (int i = 0; i < bytes; i++) {
            int low = (MemoryUtil.getByte(source + i) & 0xFF) >>> shift;
            int high = i + 1 < sourceBytes ? (MemoryUtil.getByte(source + i + 1) & 0xFF) << (8 - shift) : 0;
            target.setByte(i, low | high);
        }
    }

    /** Bits past the last row are not values; keep them 0 as Arrow's own vectors do. */
    private static void clearBitsAfter(int rows, ArrowBuf target) {
        int usedBits = rows & 7;
        if (usedBits != 0) {
            long last = rows >>> 3;
            target.setByte(last, target.getByte(last) & ((1 << usedBits) - 1));
        }
    }
}
