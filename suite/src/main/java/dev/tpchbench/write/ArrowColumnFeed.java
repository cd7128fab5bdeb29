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
    private final FieldVector vector;
    private final boolean nullable;
    protected ColumnWriter out;

    private ArrowColumnFeed(FieldVector vector, int maxDefinitionLevel) {
        this.vector = vector;
        this.nullable = vector.getField().isNullable();
        this.present = maxDefinitionLevel;
        if (maxDefinitionLevel != (nullable ? 1 : 0)) {
            throw new IllegalArgumentException("column " + vector.getName() + " has definition level "
                    + maxDefinitionLevel + " but nullable=" + nullable);
        }
    }

    final void writeTo(ColumnWriter writer) {
        this.out = writer;
    }

    /** Writes row {@code row} of the batch: its value, or a null (definition level 0, repetition 0). */
    final void write(int row) {
        if (nullable && vector.isNull(row)) {
            out.writeNull(0, 0);
        } else {
            writeValue(row);
        }
    }

    abstract void writeValue(int row);

    static ArrowColumnFeed of(FieldVector vector, int rows, int maxDefinitionLevel) {
        ArrowBuf data = vector.getDataBuffer();
        if (vector instanceof BigIntVector) {
            return new ArrowColumnFeed(vector, maxDefinitionLevel) {
                @Override
                void writeValue(int row) {
                    out.write(data.getLong(row * 8L), 0, present);
                }
            };
        }
        if (vector instanceof IntVector || vector instanceof DateDayVector) {
            return new ArrowColumnFeed(vector, maxDefinitionLevel) {
                @Override
                void writeValue(int row) {
                    out.write(data.getInt(row * 4L), 0, present);
                }
            };
        }
        if (vector instanceof DecimalVector
                && ((DecimalVector) vector).getPrecision() <= ArrowParquetSchema.MAX_INT64_DECIMAL_PRECISION) {
            // Little-endian 128-bit unscaled value: with precision <= 18 the low 64 bits hold all of it.
            return new ArrowColumnFeed(vector, maxDefinitionLevel) {
                @Override
                void writeValue(int row) {
                    out.write(data.getLong(row * 16L), 0, present);
                }
            };
        }
        if (vector instanceof VarCharVector) {
            // One bulk copy of the batch's UTF-8 bytes; values are then slices of an array nobody changes,
            // so parquet may keep them (dictionary, statistics) without copying each one.
            ArrowBuf offsets = vector.getOffsetBuffer();
            byte[] bytes = new byte[rows == 0 ? 0 : offsets.getInt(rows * 4L)];
            data.getBytes(0, bytes);
            return new ArrowColumnFeed(vector, maxDefinitionLevel) {
                @Override
                void writeValue(int row) {
                    int start = offsets.getInt(row * 4L);
                    int end = offsets.getInt((row + 1) * 4L);
                    out.write(Binary.fromConstantByteArray(bytes, start, end - start), 0, present);
                }
            };
        }
        throw new IllegalArgumentException("no Parquet writer for column " + vector.getName() + " of type "
                + vector.getField().getType());
    }
}
