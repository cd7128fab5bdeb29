package dev.tpchbench.write;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.io.api.Binary;

/**
 * Moves the values of one Arrow column into one parquet-java {@link ColumnWriter}, a row at a time,
 * without an intermediate object per value (no Group, no String) and without parquet's record
 * assembly ({@code RecordConsumer}): for a flat schema that layer only turns
 * startField/addX/endField into the same {@code ColumnWriter.write(value, 0, definitionLevel)} and
 * {@code writeNull(0, 0)} calls made here.
 *
 * <p>A feed is bound to one batch ({@link #of}) and, per row group, to that row group's column
 * writer ({@link #writeTo}).
 */
abstract class ArrowColumnFeed {
    /** Definition level of a present value: 1 in an OPTIONAL column, 0 in a REQUIRED one. */
    protected final int present;
    /** Per row of the batch, whether it is null; {@code null} when the batch has no null in this column. */
    private final boolean[] nulls;
    protected ColumnWriter out;

    private ArrowColumnFeed(FieldVector vector, int rows, int maxDefinitionLevel) {
        boolean nullable = vector.getField().isNullable();
        this.present = maxDefinitionLevel;
        if (maxDefinitionLevel != (nullable ? 1 : 0)) {
            throw new IllegalArgumentException("column " + vector.getName() + " has definition level "
                    + maxDefinitionLevel + " but nullable=" + nullable);
        }
        if (nullable && vector.getNullCount() > 0) {
            nulls = new boolean[rows];
            for (int row = 0; row < rows; row++) {
                nulls[row] = vector.isNull(row);
            }
        } else {
            nulls = null;
        }
    }

    final void writeTo(ColumnWriter writer) {
        this.out = writer;
    }

    /** Writes row {@code row} of the batch: its value, or a null (definition level 0, repetition 0). */
    final void write(int row) {
        if (nulls != null && nulls[row]) {
            out.writeNull(0, 0);
        } else {
            writeValue(row);
        }
    }

    abstract void writeValue(int row);

    static ArrowColumnFeed of(FieldVector vector, int rows, int maxDefinitionLevel) {
        // Fixed-width values are copied once per batch into a Java array: one bounds check per batch
        // instead of one per value (ArrowBuf checks every access).
        ArrowBuf data = vector.getDataBuffer();
        if (vector instanceof BigIntVector) {
            long[] values = new long[rows];
            for (int row = 0; row < rows; row++) {
                values[row] = data.getLong(row * 8L);
            }
            return new LongFeed(vector, rows, maxDefinitionLevel, values);
        }
        if (vector instanceof IntVector || vector instanceof DateDayVector) {
            int[] values = new int[rows];
            for (int row = 0; row < rows; row++) {
                values[row] = data.getInt(row * 4L);
            }
            return new ArrowColumnFeed(vector, rows, maxDefinitionLevel) {
                @Override
                void writeValue(int row) {
                    out.write(values[row], 0, present);
                }
            };
        }
        if (vector instanceof DecimalVector
                && ((DecimalVector) vector).getPrecision() <= ArrowParquetSchema.MAX_INT64_DECIMAL_PRECISION) {
            // Little-endian 128-bit unscaled value: with precision <= 18 the low 64 bits hold all of it.
            long[] values = new long[rows];
            for (int row = 0; row < rows; row++) {
                values[row] = data.getLong(row * 16L);
            }
            return new LongFeed(vector, rows, maxDefinitionLevel, values);
        }
        if (vector instanceof VarCharVector) {
            // One bulk copy of the batch's UTF-8 bytes, values as slices of it. Marked "reused" so that parquet
            // copies the few values it keeps (dictionary entries, min/max statistics): a kept "constant" slice
            // would pin its whole batch array, and the statistics of every row group pinned one each until the
            // file closed (lineitem SF 10 ran out of a 2 GB heap).
            ArrowBuf offsetBuffer = vector.getOffsetBuffer();
            int[] offsets = new int[rows + 1];
            if (rows > 0) {
                for (int i = 0; i <= rows; i++) {
                    offsets[i] = offsetBuffer.getInt(i * 4L);
                }
            }
            byte[] bytes = new byte[offsets[rows]];
            data.getBytes(0, bytes);
            return new ArrowColumnFeed(vector, rows, maxDefinitionLevel) {
                @Override
                void writeValue(int row) {
                    int start = offsets[row];
                    out.write(Binary.fromReusedByteArray(bytes, start, offsets[row + 1] - start), 0, present);
                }
            };
        }
        throw new IllegalArgumentException("no Parquet writer for column " + vector.getName() + " of type "
                + vector.getField().getType());
    }

    private static final class LongFeed extends ArrowColumnFeed {
        private final long[] values;

        LongFeed(FieldVector vector, int rows, int maxDefinitionLevel, long[] values) {
            super(vector, rows, maxDefinitionLevel);
            this.values = values;
        }

        @Override
        void writeValue(int row) {
            out.write(values[row], 0, present);
        }
    }
}
