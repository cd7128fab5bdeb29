package dev.tpchbench.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.data.BatchSource;

/**
 * The Java Parquet baseline: parquet-hadoop (parquet-java) writing one local file,
 * {@code target/part-0.parquet}, fed straight from the Arrow vectors by {@link ArrowColumnFeed}.
 *
 * <p>It drives parquet-java's own column layer ({@link ParquetFileWriter}, {@link ColumnChunkPageWriteStore}
 * and the {@link ColumnWriteStore} of {@link ParquetProperties#newColumnWriteStore}) the way
 * {@code ParquetWriter}'s internal record writer does, minus the record-assembly layer
 * ({@code RecordConsumer}), which for a flat schema only adds per-field bookkeeping: the same
 * column-writer calls in the same order, so the same pages, row groups and footer
 * ({@code ParquetHadoopWriterSameBytesTest} compares the files byte for byte). Everything but the
 * codec stays at parquet-java's defaults (128 MiB row groups, 1 MiB pages, dictionary encoding on,
 * statistics on, writer version PARQUET_1_0), so the baseline is the library as shipped.
 */
public final class ParquetHadoopWriter implements DatasetWriter {
    static final String FILE_NAME = "part-0.parquet";
    /** The footer's {@code writer.model.name}, as the earlier WriteSupport-based writer named it. */
    static final String MODEL_NAME = "tpchbench-arrow-rows";

    private final ParquetCodec codec;
    private final long rowGroupBytes;

    public ParquetHadoopWriter(ParquetCodec codec) {
        this(codec, ParquetWriter.DEFAULT_BLOCK_SIZE);
    }

    /** Smaller row groups than parquet-java's default, so tests can check where row groups end. */
    ParquetHadoopWriter(ParquetCodec codec, long rowGroupBytes) {
        this.codec = codec;
        this.rowGroupBytes = rowGroupBytes;
    }

    @Override
    public String describe() {
        return "parquet-hadoop(" + codec + ", parquet-java defaults: rowGroup=" + rowGroupBytes
                + "B, page=" + ParquetWriter.DEFAULT_PAGE_SIZE + "B, dictionary="
                + ParquetWriter.DEFAULT_IS_DICTIONARY_ENABLED + ", " + ParquetWriter.DEFAULT_WRITER_VERSION
                + ", column writers)";
    }

    /** {@code rowsWritten} is the sum of the row counts in the footer the writer produced. */
    @Override
    public WriteResult write(ArrowTable table, Path target) throws IOException {
        return write(table.schema(), BatchSource.of(table), target);
    }

    /** Writes a stream that is never held whole (issue 11): the same row groups, pages and footer as the table's. */
    public WriteResult write(ArrowReader batches, Path target) throws IOException {
        return write(batches.getVectorSchemaRoot().getSchema(), BatchSource.of(batches), target);
    }

    private WriteResult write(Schema arrowSchema, BatchSource batches, Path target) throws IOException {
        WriteTarget.prepareEmpty(target);
        MessageType schema = ArrowParquetSchema.of(arrowSchema);
        ParquetProperties props = ParquetProperties.builder().build();
        CodecFactory codecs = new CodecFactory(new PlainParquetConfiguration(), props.getPageSizeThreshold());
        long rows = 0;
        try (ParquetFileWriter file = new ParquetFileWriter(new LocalOutputFile(target.resolve(FILE_NAME)), schema,
                ParquetFileWriter.Mode.CREATE, rowGroupBytes, ParquetWriter.MAX_PADDING_SIZE_DEFAULT,
                null, props)) {
            file.start();
            RowGroups rowGroups = new RowGroups(file, schema, props, codecs.getCompressor(codec.parquetName()),
                    rowGroupBytes);
            try {
                for (VectorSchemaRoot batch = batches.next(); batch != null; batch = batches.next()) {
                    rowGroups.write(batch);
                }
                rowGroups.flush();
                file.end(Map.of(ParquetWriter.OBJECT_MODEL_NAME_PROP, MODEL_NAME));
            } catch (IOException | RuntimeException | Error e) {
                rowGroups.close();
                file.abort();
                throw e;
            }
            for (BlockMetaData rowGroup : file.getFooter().getBlocks()) {
                rows += rowGroup.getRowCount();
            }
        } finally {
            codecs.release();
        }
        return new WriteResult(target, rows);
    }

    /**
     * Buffers rows in one row group's column writers and flushes the row group when it reaches
     * parquet-java's size threshold, with the checks and check spacing of parquet-hadoop's
     * {@code InternalParquetRecordWriter} (1.18.1), so row groups end where {@code ParquetWriter}'s would.
     */
    private static final class RowGroups {
        private final ParquetFileWriter file;
        private final MessageType schema;
        private final List<ColumnDescriptor> columns;
        private final ParquetProperties props;
        private final BytesInputCompressor compressor;
        private final long rowGroupSizeThreshold;
        private final long rowGroupRecordCountThreshold;
        private long nextRowGroupSize;
        private long recordCount;
        private long recordCountForNextMemCheck;
        private int rowGroupOrdinal;
        private ColumnChunkPageWriteStore pageStore;
        private ColumnWriteStore columnStore;
        private ArrowColumnFeed[] feeds = new ArrowColumnFeed[0];

        RowGroups(ParquetFileWriter file, MessageType schema, ParquetProperties props, BytesInputCompressor compressor,
                long rowGroupSizeThreshold) {
            this.file = file;
            this.rowGroupSizeThreshold = rowGroupSizeThreshold;
            this.nextRowGroupSize = rowGroupSizeThreshold;
            this.schema = schema;
            this.columns = schema.getColumns();
            this.props = props;
            this.compressor = compressor;
            this.rowGroupRecordCountThreshold = props.getRowGroupRowCountLimit();
            this.recordCountForNextMemCheck = props.getMinRowCountForPageSizeCheck();
            initStore();
        }

        void write(VectorSchemaRoot batch) throws IOException {
            List<FieldVector> vectors = batch.getFieldVectors();
            if (vectors.size() != columns.size()) {
                throw new IllegalArgumentException("batch has " + vectors.size() + " columns, schema " + columns.size());
            }
            int rowCount = batch.getRowCount();
            feeds = new ArrowColumnFeed[vectors.size()];
            for (int c = 0; c < feeds.length; c++) {
                feeds[c] = ArrowColumnFeed.of(vectors.get(c), rowCount, columns.get(c).getMaxDefinitionLevel());
            }
            bindFeeds();
            ArrowColumnFeed[] feeds = this.feeds;
            for (int row = 0; row < rowCount; row++) {
                for (ArrowColumnFeed feed : feeds) {
                    feed.write(row);
                }
                columnStore.endRecord();
                ++recordCount;
                if (recordCount >= recordCountForNextMemCheck || recordCount >= rowGroupRecordCountThreshold) {
                    checkBlockSizeReached();
                }
            }
        }

        private void initStore() {
            pageStore = ColumnChunkPageWriteStore.builder()
                    .withCompressorProvider(column -> compressor)
                    .withSchema(schema)
                    .withAllocator(props.getAllocator())
                    .withColumnIndexTruncateLength(props.getColumnIndexTruncateLength())
                    .withPageWriteChecksumEnabled(props.getPageWriteChecksumEnabled())
                    .withFileEncryptor(file.getEncryptor())
                    .withRowGroupOrdinal(rowGroupOrdinal)
                    .build();
            columnStore = props.newColumnWriteStore(schema, pageStore, pageStore);
            bindFeeds();
        }

        private void bindFeeds() {
            for (int c = 0; c < feeds.length; c++) {
                feeds[c].writeTo(columnStore.getColumnWriter(columns.get(c)));
            }
        }

        private void checkBlockSizeReached() throws IOException {
            if (recordCount >= rowGroupRecordCountThreshold) {
                startNextRowGroup();
            } else if (recordCount >= recordCountForNextMemCheck) {
                // Checking the buffered size is relatively expensive, so not done for every record.
                long memSize = columnStore.getBufferedSize();
                long recordSize = memSize / recordCount;
                // Flush when within ~2 records of the limit: better slightly under size than over.
                if (memSize > (nextRowGroupSize - 2 * recordSize)) {
                    startNextRowGroup();
                } else {
                    recordCountForNextMemCheck = Math.min(
                            Math.max(props.getMinRowCountForPageSizeCheck(),
                                    (recordCount + (long) (nextRowGroupSize / ((float) recordSize))) / 2),
                            recordCount + props.getMaxRowCountForPageSizeCheck());
                }
            }
        }

        private void startNextRowGroup() throws IOException {
            flush();
            initStore();
            // As in InternalParquetRecordWriter, computed after the flush reset recordCount to 0: the next
            // row group's first check comes after the minimum record count.
            recordCountForNextMemCheck = Math.min(Math.max(props.getMinRowCountForPageSizeCheck(), recordCount / 2),
                    props.getMaxRowCountForPageSizeCheck());
        }

        /** Writes the buffered rows, if any, as a row group and releases the stores. */
        void flush() throws IOException {
            try {
                if (recordCount > 0) {
                    rowGroupOrdinal++;
                    file.startBlock(recordCount);
                    columnStore.flush();
                    pageStore.flushToFileWriter(file);
                    recordCount = 0;
                    file.endBlock();
                    nextRowGroupSize = Math.min(file.getNextRowGroupSize(), rowGroupSizeThreshold);
                }
            } finally {
                close();
            }
        }

        void close() {
            if (columnStore != null) {
                columnStore.close();
                columnStore = null;
            }
            if (pageStore != null) {
                pageStore.close();
                pageStore = null;
            }
        }
    }
}
