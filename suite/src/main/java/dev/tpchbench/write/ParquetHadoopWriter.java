package dev.tpchbench.write;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

import dev.tpchbench.data.ArrowTable;

/**
 * The Java Parquet baseline: parquet-hadoop (parquet-java) writing one local file,
 * {@code target/part-0.parquet}, fed straight from the Arrow vectors by {@link ArrowRowWriteSupport}.
 *
 * <p>Everything but the codec stays at parquet-java's defaults (128 MiB row groups, 1 MiB pages,
 * dictionary encoding on, writer version PARQUET_1_0), so the baseline is the library as shipped.
 */
public final class ParquetHadoopWriter implements DatasetWriter {
    static final String FILE_NAME = "part-0.parquet";

    private final ParquetCodec codec;

    public ParquetHadoopWriter(ParquetCodec codec) {
        this.codec = codec;
    }

    @Override
    public String describe() {
        return "parquet-hadoop(" + codec + ", parquet-java defaults: rowGroup=" + ParquetWriter.DEFAULT_BLOCK_SIZE
                + "B, page=" + ParquetWriter.DEFAULT_PAGE_SIZE + "B, dictionary="
                + ParquetWriter.DEFAULT_IS_DICTIONARY_ENABLED + ", " + ParquetWriter.DEFAULT_WRITER_VERSION + ")";
    }

    /** {@code rowsWritten} is the sum of the row counts in the footer the writer produced. */
    @Override
    public WriteResult write(ArrowTable table, Path target) throws IOException {
        WriteTarget.prepareEmpty(target);
        ArrowRowWriteSupport support = new ArrowRowWriteSupport(table.schema());
        ParquetWriter<Integer> writer = new Builder(new LocalOutputFile(target.resolve(FILE_NAME)), support)
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.CREATE)
                .withCompressionCodec(codec.parquetName())
                .build();
        try (writer) {
            for (VectorSchemaRoot batch : table.batches()) {
                support.startBatch(batch);
                for (int row = 0; row < batch.getRowCount(); row++) {
                    writer.write(row);
                }
            }
        }
        long rows = 0;
        for (BlockMetaData rowGroup : writer.getFooter().getBlocks()) {
            rows += rowGroup.getRowCount();
        }
        return new WriteResult(target, WriteTarget.bytesOnDisk(target), rows);
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
}
