package dev.tpchbench.write;

import java.util.List;
import java.util.Map;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Feeds parquet-hadoop straight from Arrow vectors: a record is a row index into the batch given to
 * {@link #startBatch}, and each value goes from the Arrow buffer to the {@link RecordConsumer} without
 * an intermediate object per value (no Group, no String). This is what makes parquet-hadoop a fair
 * baseline; building Groups ran several times slower than the encoding itself.
 */
final class ArrowRowWriteSupport extends WriteSupport<Integer> {
    private final Schema arrowSchema;
    private final MessageType parquetSchema;
    private RecordConsumer consumer;
    private ColumnWriter[] columns;

    ArrowRowWriteSupport(Schema arrowSchema) {
        this.arrowSchema = arrowSchema;
        this.parquetSchema = ArrowParquetSchema.of(arrowSchema);
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(parquetSchema, Map.of());
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(parquetSchema, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    /** Binds the column writers to {@code batch}; the following records are row indexes into it. */
    void startBatch(VectorSchemaRoot batch) {
        List<FieldVector> vectors = batch.getFieldVectors();
        if (!batch.getSchema().equals(arrowSchema)) {
            throw new IllegalArgumentException("batch schema " + batch.getSchema() + " is not " + arrowSchema);
        }
        columns = new ColumnWriter[vectors.size()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = columnWriter(vectors.get(c), batch.getRowCount());
        }
    }

    @Override
    public void write(Integer row) {
        int r = row;
        consumer.startMessage();
        for (int c = 0; c < columns.length; c++) {
            FieldVector vector = columns[c].vector;
            // A null in an OPTIONAL column is written by leaving the field out of the record.
            if (columns[c].nullable && vector.isNull(r)) {
                continue;
            }
            String name = vector.getName();
            consumer.startField(name, c);
            columns[c].writeValue(consumer, r);
            consumer.endField(name, c);
        }
        consumer.endMessage();
    }

    @Override
    public String getName() {
        return "tpchbench-arrow-rows";
    }

    private static ColumnWriter columnWriter(FieldVector vector, int rows) {
        ArrowBuf data = vector.getDataBuffer();
        if (vector instanceof BigIntVector) {
            return new ColumnWriter(vector, (consumer, row) -> consumer.addLong(data.getLong(row * 8L)));
        }
        if (vector instanceof IntVector || vector instanceof DateDayVector) {
            return new ColumnWriter(vector, (consumer, row) -> consumer.addInteger(data.getInt(row * 4L)));
        }
        if (vector instanceof DecimalVector
                && ((DecimalVector) vector).getPrecision() <= ArrowParquetSchema.MAX_INT64_DECIMAL_PRECISION) {
            // Little-endian 128-bit unscaled value: with precision <= 18 the low 64 bits hold all of it.
            return new ColumnWriter(vector, (consumer, row) -> consumer.addLong(data.getLong(row * 16L)));
        }
        if (vector instanceof VarCharVector) {
            // One bulk copy of the batch's UTF-8 bytes; values are then slices of an array nobody changes,
            // so parquet may keep them (dictionary, statistics) without copying each one.
            ArrowBuf offsets = vector.getOffsetBuffer();
            byte[] bytes = new byte[rows == 0 ? 0 : offsets.getInt(rows * 4L)];
            data.getBytes(0, bytes);
            return new ColumnWriter(vector, (consumer, row) -> {
                int start = offsets.getInt(row * 4L);
                int end = offsets.getInt((row + 1) * 4L);
                consumer.addBinary(Binary.fromConstantByteArray(bytes, start, end - start));
            });
        }
        throw new IllegalArgumentException("no Parquet writer for column " + vector.getName() + " of type "
                + vector.getField().getType());
    }

    private interface ValueWriter {
        void write(RecordConsumer consumer, int row);
    }

    private static final class ColumnWriter {
        final FieldVector vector;
        final boolean nullable;
        private final ValueWriter values;

        ColumnWriter(FieldVector vector, ValueWriter values) {
            this.vector = vector;
            this.nullable = vector.getField().isNullable();
            this.values = values;
        }

        void writeValue(RecordConsumer consumer, int row) {
            values.write(consumer, row);
        }
    }
}
