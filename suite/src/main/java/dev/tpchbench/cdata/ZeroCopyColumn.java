package dev.tpchbench.cdata;

import java.util.Arrays;
import java.util.List;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.ipc.message.ArrowFieldNode;

/**
 * Hands the buffers of one C Data column over to a Java vector without copying or reading them: each
 * buffer is wrapped where it lies and loaded with {@code loadFieldBuffers}, so the cost does not depend
 * on the number of rows (a utf8 column reads two offsets, to size its data buffer).
 */
final class ZeroCopyColumn {
    private ZeroCopyColumn() {
    }

    /**
     * Loads {@code column} (exactly {@code rows} values, offset 0) into {@code target}, an empty vector
     * created from the column's field; the wrapped buffers hold {@code producer} until released.
     */
    static void load(ArrayStruct column, int rows, FieldVector target, SharedProducerArray producer,
            BufferAllocator allocator) {
        String name = target.getName();
        if (column.offset() != 0) {
            throw new UnsupportedOperationException("column '" + name + "' has offset " + column.offset()
                    + ": the zero-copy importer hands buffers over from their start, so it refuses offsets");
        }
        if (column.length() != rows) {
            throw new IllegalArgumentException("column '" + name + "' holds " + column.length()
                    + " values, the record batch " + rows + "; the zero-copy importer needs them equal");
        }
        if (column.childCount() != 0) {
            throw new IllegalArgumentException("column '" + name + "' has " + column.childCount()
                    + " child arrays; its type " + target.getField().getType() + " has none");
        }
        long nullCount = column.nullCount();
        if (nullCount < -1 || nullCount > rows) {
            throw new IllegalArgumentException("column '" + name + "' has null count " + nullCount + " for "
                    + rows + " rows");
        }
        int expectedBuffers = bufferCount(target);
        if (column.bufferCount() != expectedBuffers) {
            throw new IllegalArgumentException("column '" + name + "' (" + target.getField().getType() + ") has "
                    + column.bufferCount() + " buffers; the C Data Interface specifies " + expectedBuffers);
        }
        if (rows == 0) {
            return; // the vector as created is the empty column: nothing to hand over
        }
        List<ArrowBuf> buffers = Arrays.asList(new ArrowBuf[expectedBuffers]);
        try {
            buffers.set(0, validity(column, rows, name, producer, allocator));
            if (target instanceof VarCharVector) {
                ArrowBuf offsets = wrap(column, 1, 4L * (rows + 1), name, producer, allocator);
                buffers.set(1, offsets);
                int first = offsets.getInt(0);
                int end = offsets.getInt(4L * rows);
                if (first < 0 || end < first) {
                    throw new IllegalArgumentException("column '" + name + "' has malformed offsets: " + first
                            + " to " + end);
                }
                // Java reads value i at data + offsets[i], so the buffer runs from the data pointer to the last offset.
                buffers.set(2, wrap(column, 2, end, name, producer, allocator));
            } else {
                long width = ((BaseFixedWidthVector) target).getTypeWidth();
                buffers.set(1, wrap(column, 1, width * rows, name, producer, allocator));
            }
            // With a non-empty bitmap loadValidityBuffer keeps it whatever the count says, -1 (unknown) included:
            // the count is never computed. A NULL bitmap (count 0) gets Arrow's fresh all-valid one.
            target.loadFieldBuffers(new ArrowFieldNode(rows, buffers.get(0) == null ? 0 : nullCount), buffers);
        } finally {
            // loadFieldBuffers took its own references; on failure the vector's owner closes the vector.
            for (ArrowBuf buffer : buffers) {
                if (buffer != null) {
                    buffer.close();
                }
            }
        }
    }

    /** The buffers the C Data Interface specifies for the column's type; throws for a type the suite does not use. */
    private static int bufferCount(FieldVector target) {
        if (target instanceof VarCharVector) {
            return 3;
        }
        if (target instanceof BigIntVector || target instanceof IntVector || target instanceof DateDayVector
                || target instanceof DecimalVector) {
            return 2;
        }
        throw new UnsupportedOperationException("column '" + target.getName() + "' has type "
                + target.getField().getType() + ", which the zero-copy importer does not hand over; it reads "
                + FormatString.SUPPORTED);
    }

    /**
     * The column's bitmap, or null for a NULL bitmap, which the spec allows only without nulls (-1,
     * unknown, then means 0). A producer that omits it costs one all-valid bitmap per column, as in
     * Arrow's importer; Arrow Java's exporter always sends one.
     */
    private static ArrowBuf validity(ArrayStruct column, int rows, String name, SharedProducerArray producer,
            BufferAllocator allocator) {
        if (column.buffer(0) == 0) {
            if (column.nullCount() > 0) {
                throw new IllegalArgumentException("column '" + name + "' has null count " + column.nullCount()
                        + " but no validity bitmap");
            }
            return null;
        }
        return wrap(column, 0, (rows + 7L) / 8, name, producer, allocator);
    }

    private static ArrowBuf wrap(ArrayStruct column, int index, long size, String name, SharedProducerArray producer,
            BufferAllocator allocator) {
        long address = column.buffer(index);
        if (address == 0 && size > 0) {
            throw new IllegalArgumentException("column '" + name + "' has a NULL buffer " + index + " for "
                    + size + " bytes");
        }
        return producer.wrap(allocator, address, size);
    }
}
