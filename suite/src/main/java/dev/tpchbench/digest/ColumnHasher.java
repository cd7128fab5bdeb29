package dev.tpchbench.digest;

import java.nio.charset.StandardCharsets;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseLargeVariableWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;

/**
 * Hashes the values of one column slice into an order-sensitive, batch-boundary-insensitive sum.
 *
 * <p>Each value's hash is mixed with its row position in the table and the results are added
 * (mod 2^64). Adding makes the sum independent of where batches split the table (so a scan that
 * returns other batch sizes gives the same digest) and lets batches be hashed in parallel; mixing
 * in the position makes reordered, dropped or duplicated rows change it.
 */
final class ColumnHasher {
    private static final long NULL_HASH = 0x9E3779B97F4A7C15L;
    private static final long POSITION_SEED = 0xD6E8FEB86659FD93L;

    private ColumnHasher() {
    }

    /** Sum over the vector's rows of mix(value hash, firstRow + i). */
    static long hash(FieldVector vector, long firstRow) {
        int rows = vector.getValueCount();
        long sum = 0;
        if (vector instanceof BigIntVector || vector instanceof IntVector || vector instanceof DateDayVector
                || vector instanceof DecimalVector) {
            BaseFixedWidthVector fixed = (BaseFixedWidthVector) vector;
            int width = fixed.getTypeWidth();
            ArrowBuf data = fixed.getDataBuffer();
            for (int i = 0; i < rows; i++) {
                long h = fixed.isNull(i) ? NULL_HASH : fixedValueHash(data, (long) i * width, width);
                sum += positioned(h, firstRow + i);
            }
        } else if (vector instanceof BaseVariableWidthVector || vector instanceof BaseLargeVariableWidthVector) {
            // Utf8 and LargeUtf8 hash alike: only the width of their offsets differs.
            int offsetWidth = vector instanceof BaseVariableWidthVector ? 4 : 8;
            ArrowBuf offsets = vector.getOffsetBuffer();
            ArrowBuf data = vector.getDataBuffer();
            for (int i = 0; i < rows; i++) {
                long h;
                if (vector.isNull(i)) {
                    h = NULL_HASH;
                } else {
                    long start = offset(offsets, i, offsetWidth);
                    h = bytesHash(data, start, (int) (offset(offsets, i + 1, offsetWidth) - start));
                }
                sum += positioned(h, firstRow + i);
            }
        } else {
            // Types the TPC-H schema does not use: slower, but still by value.
            for (int i = 0; i < rows; i++) {
                Object value = vector.getObject(i);
                long h = value == null ? NULL_HASH : stringHash(value.toString());
                sum += positioned(h, firstRow + i);
            }
        }
        return sum;
    }

    private static long offset(ArrowBuf offsets, int index, int width) {
        return width == 4 ? offsets.getInt((long) index * 4) : offsets.getLong((long) index * 8);
    }

    private static long fixedValueHash(ArrowBuf data, long offset, int width) {
        switch (width) {
            case 4:
                return mix(data.getInt(offset));
            case 8:
                return mix(data.getLong(offset));
            case 16:
                return mix(mix(data.getLong(offset)) ^ data.getLong(offset + 8));
            default:
                return bytesHash(data, offset, width);
        }
    }

    private static long bytesHash(ArrowBuf data, long start, int length) {
        long h = mix(length);
        long pos = start;
        long end = start + length;
        for (; pos + 8 <= end; pos += 8) {
            h = mix(h ^ data.getLong(pos));
        }
        long tail = 0;
        int shift = 0;
        for (; pos < end; pos++, shift += 8) {
            tail |= (data.getByte(pos) & 0xFFL) << shift;
        }
        return mix(h ^ tail);
    }

    private static long stringHash(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        long h = mix(bytes.length);
        for (byte b : bytes) {
            h = mix(h ^ (b & 0xFF));
        }
        return h;
    }

    private static long positioned(long valueHash, long row) {
        return mix(valueHash ^ mix(row + POSITION_SEED));
    }

    /** SplitMix64's finaliser: a cheap bijective mix with good avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
