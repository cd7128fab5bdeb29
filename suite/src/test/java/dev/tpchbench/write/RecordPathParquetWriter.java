package dev.tpchbench.write;

import java.io.IOException;
import java.nio.file.Path;
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
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

import dev.tpchbench.data.ArrowTable;

/**
 * parquet-hadoop's usual path, kept as the reference for {@link ParquetHadoopWriter}: a
 * {@link ParquetWriter} with a {@link WriteSupport} that hands each Arrow row to the
 * {@link RecordConsumer}. This is the baseline as it was before commit 325c837 replaced it with the
 * column writers; {@code ParquetHadoopWriterSameBytesTest} checks that both write the same file.
 */
final class RecordPathParquetWriter {
    private RecordPathParquetWriter() {
    }

    /** Writes {@code target/part-0.parquet} with parquet-java's defaults, {@code codec} and {@code rowGroupBytes}. */
    static void write(ArrowTable table, Path target, ParquetCodec codec, long rowGroupBytes) throws IOException {
        WriteTarget.prepareEmpty(target);
        ArrowRowWriteSupport support = new ArrowRowWriteSupport(table.schema());
        try (ParquetWriter<Integer> writer = new Builder(new LocalOutputFile(target.resolve(ParquetHadoopWriter.FILE_NAME)),
                support)
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.CREATE)
                .withCompressionCodec(codec.parquetName())
                .withRowGroupSize(rowGroupBytes)
                .build()) {
            for (VectorSchemaRoot batch : table.batches()) {
                support.startBatch(batch);
                for (int row = 0; row < batch.getRowCount(); row++) {
                    writer.write(row);
                }
            }
        }
    }

    private static final class Builder extends ParquetWriter.Builder<Integer, Builder> {
        private final WriteSupport<Integer> support;

        Builder(OutputFile file, WriteSupport<Integer> support) {
            super(file);
            this.support = support;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Integer> getWriteSupport(Configuration configuration) {
            return support;
        }

        @Override
        protected WriteSupport<Integer> getWriteSupport(ParquetConfiguration configuration) {
            return support;
        }
    }

    /** A record is a row index into the batch given to {@link #startBatch}; values go straight from the Arrow buffers. */
    private static final class ArrowRowWriteSupport extends WriteSupport<Integer> {
        private final Schema arrowSchema;
        private final MessageType parquetSchema;
        private RecordConsumer consumer;
        private ValueWriter[] columns;
        private FieldVector[] vectors;

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

        @Override
        public String getName() {
            return ParquetHadoopWriter.MODEL_NAME;
        }

        void startBatch(VectorSchemaRoot batch) {
            if (!batch.getSchema().equals(arrowSchema)) {
                throw new IllegalArgumentException("batch schema " + batch.getSchema() + " is not " + arrowSchema);
            }
            List<FieldVector> fields = batch.getFieldVectors();
            vectors = fields.toArray(new FieldVector[0]);
            columns = new ValueWriter[vectors.length];
            for (int c = 0; c < columns.length; c++) {
                columns[c] = valueWriter(vectors[c], batch.getRowCount());
            }
        }

        @Override
        public void write(Integer row) {
            int r = row;
            consumer.startMessage();
            for (int c = 0; c < columns.length; c++) {
                // A null in an OPTIONAL column is written by leaving the field out of the record.
                if (vectors[c].isNull(r)) {
                    continue;
                }
                String name = vectors[c].getName();
                consumer.startField(name, c);
                columns[c].write(consumer, r);
                consumer.endField(name, c);
            }
            consumer.endMessage();
        }

        private static ValueWriter valueWriter(FieldVector vector, int rows) {
            ArrowBuf data = vector.getDataBuffer();
            if (vector instanceof BigIntVector) {
                return (consumer, row) -> consumer.addLong(data.getLong(row * 8L));
            }
            if (vector instanceof IntVector || vector instanceof DateDayVector) {
                return (consumer, row) -> consumer.addInteger(data.getInt(row * 4L));
            }
            if (vector instanceof DecimalVector
                    && ((DecimalVector) vector).getPrecision() <= ArrowParquetSchema.MAX_INT64_DECIMAL_PRECISION) {
                // Little-endian 128-bit unscaled value: with precision <= 18 the low 64 bits hold all of it.
                return (consumer, row) -> consumer.addLong(data.getLong(row * 16L));
            }
            if (vector instanceof VarCharVector) {
                ArrowBuf offsets = vector.getOffsetBuffer();
                byte[] bytes = new byte[rows == 0 ? 0 : offsets.getInt(rows * 4L)];
                data.getBytes(0, bytes);
                return (consumer, row) -> {
                    int start = offsets.getInt(row * 4L);
                    int end = offsets.getInt((row + 1) * 4L);
                    consumer.addBinary(Binary.fromConstantByteArray(bytes, start, end - start));
                };
            }
            throw new IllegalArgumentException("no Parquet writer for column " + vector.getName() + " of type "
                    + vector.getField().getType());
        }
    }

    private interface ValueWriter {
        void write(RecordConsumer consumer, int row);
    }
}
