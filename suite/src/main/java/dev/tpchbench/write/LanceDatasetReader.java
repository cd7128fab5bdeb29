package dev.tpchbench.write;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;
import org.lance.Dataset;
import org.lance.ipc.LanceScanner;
import org.lance.ipc.ScanOptions;

import dev.tpchbench.digest.TableDigest;

/** Reads a Lance dataset back: its row count, its schema, and a digest of a full scan. */
public final class LanceDatasetReader implements DatasetReader {
    private static final long SCAN_BATCH_ROWS = 64 * 1024;

    /** The row count recorded in the dataset's latest version (metadata only, no scan). */
    public long countRows(Path target, BufferAllocator allocator) throws IOException {
        try (Dataset dataset = open(target, allocator)) {
            return dataset.countRows();
        }
    }

    /** The Arrow schema the dataset declares. */
    public Schema schema(Path target, BufferAllocator allocator) throws IOException {
        try (Dataset dataset = open(target, allocator)) {
            return dataset.getSchema();
        }
    }

    /** Digest of a full scan; Lance scans fragments in order, so rows come back in write order. */
    @Override
    public TableDigest digest(Path target, BufferAllocator allocator) throws IOException {
        try (Dataset dataset = open(target, allocator);
             LanceScanner scanner = dataset.newScan(new ScanOptions.Builder().batchSize(SCAN_BATCH_ROWS).build());
             ArrowReader batches = scanner.scanBatches()) {
            return TableDigest.of(batches);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("closing the Lance scan of " + target + " failed", e);
        }
    }

    /** Lance itself refuses a folder without {@code _versions} (missing, empty, Parquet only). */
    private static Dataset open(Path target, BufferAllocator allocator) throws IOException {
        try {
            return Dataset.open(target.toString(), allocator);
        } catch (RuntimeException e) {
            throw new IOException("cannot open " + target + " as a Lance dataset: " + e.getMessage(), e);
        }
    }
}
