package dev.tpchbench.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;

import org.apache.arrow.dataset.file.DatasetFileWriter;
import org.apache.arrow.dataset.file.FileFormat;
import org.apache.arrow.memory.BufferAllocator;

import dev.tpchbench.data.ArrowTable;

/**
 * Reference row: Arrow's C++ Parquet writer through arrow-dataset ({@code DatasetFileWriter.write}),
 * fed the table as one C Data stream.
 *
 * <p>The Java API cannot choose the codec or any other Parquet setting: the native side uses
 * {@code ParquetFileFormat::DefaultWriteOptions()}, whose codec is UNCOMPRESSED (checked on the written
 * footer by the tests). So this row is UNCOMPRESSED whatever the other Parquet rows use, and
 * {@link #describe()} says so.
 *
 * <p>Arrow's dataset writer writes no file at all for zero rows, so an empty table is refused rather
 * than leaving an output that cannot be told from a missing one.
 */
public final class NativeParquetWriter implements DatasetWriter {
    /** Arrow's own default template is {@code data_{i}}; ours gives the file the usual extension. */
    private static final String FILE_NAME_TEMPLATE = "part-{i}.parquet";
    /** Arrow Java's default; only matters with partition columns, of which there are none. */
    private static final int MAX_PARTITIONS = 1024;
    private static final long RELEASE_WAIT_NANOS = 10_000_000_000L;
    private static final long RELEASE_POLL_NANOS = 50_000L;

    private final BufferAllocator allocator;

    public NativeParquetWriter(BufferAllocator allocator) {
        this.allocator = allocator;
    }

    @Override
    public String describe() {
        return "arrow-dataset-parquet(UNCOMPRESSED, Arrow C++ default write options; codec not selectable from Java)";
    }

    /**
     * {@code rowsWritten} is the number of rows the native writer pulled from the stream: the Java API
     * returns nothing, so this is the closest thing to the writer's own claim.
     */
    @Override
    public WriteResult write(ArrowTable table, Path target) throws IOException {
        if (table.rowCount() == 0) {
            throw new IllegalArgumentException("the native Parquet writer writes no file for an empty table");
        }
        WriteTarget.prepareEmpty(target);
        long rows;
        // The stream's batches get an allocator of their own: Arrow C++ may release the last exported batches on
        // its own threads after the write call returned, and the write is not over until it has.
        try (BufferAllocator streamAllocator = allocator.newChildAllocator("native-parquet-stream", 0, Long.MAX_VALUE)) {
            try (InMemoryArrowReader reader = new InMemoryArrowReader(table, streamAllocator)) {
                try {
                    DatasetFileWriter.write(streamAllocator, reader, FileFormat.PARQUET, target.toUri().toString(),
                            new String[0], MAX_PARTITIONS, FILE_NAME_TEMPLATE);
                } catch (RuntimeException e) {
                    throw new IOException("native Parquet write to " + target + " failed: " + e.getMessage(), e);
                }
                rows = reader.rowsDelivered();
            }
            awaitReleased(streamAllocator, target);
        }
        return new WriteResult(target, rows);
    }

    /** Waits until the native side has released every exported batch; a bounded wait, then a clear error. */
    private static void awaitReleased(BufferAllocator streamAllocator, Path target) throws IOException {
        long deadline = System.nanoTime() + RELEASE_WAIT_NANOS;
        while (streamAllocator.getAllocatedMemory() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the native Parquet writer still holds " + streamAllocator.getAllocatedMemory()
                        + " bytes of the stream 10 s after writing " + target);
            }
            // Parks rather than spins: on 2 cores a spin would take a core from the native thread releasing.
            LockSupport.parkNanos(RELEASE_POLL_NANOS);
        }
    }
}
