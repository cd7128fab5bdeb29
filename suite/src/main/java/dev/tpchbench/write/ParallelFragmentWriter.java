package dev.tpchbench.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;
import org.lance.CommitBuilder;
import org.lance.Fragment;
import org.lance.FragmentMetadata;
import org.lance.Transaction;
import org.lance.WriteParams;
import org.lance.operation.Overwrite;

import dev.tpchbench.data.ArrowTable;

/**
 * Writes a table as a new Lance dataset from several threads: the batches are cut into contiguous parts,
 * each part becomes data files through {@code Fragment.write()} on its own thread (one C Data stream per
 * part), then one Overwrite commit creates the dataset from all their fragments in part order, so a scan
 * returns the rows in the table's order. The threads here decide how many streams Lance pulls at once; how
 * its native pool spreads their encoding over the cores is not measured (two writers were 1.12x one on 2 cores,
 * results/reference/choices-20261203/).
 *
 * <p>If any part fails, nothing is committed: the write throws once every part has stopped, and the target
 * holds at most the data files of the parts that finished, without a manifest, so it is no dataset.
 */
public final class ParallelFragmentWriter implements DatasetWriter {
    /** Opens one part's stream, on that part's thread; tests replace it to fail or hold back a part. */
    @FunctionalInterface
    interface PartReaders {
        ArrowReader open(int part, ArrowTable table, Schema schema, int fromBatch, int toBatch,
                BufferAllocator allocator) throws IOException;
    }

    private final LanceWriteSettings settings;
    private final BufferAllocator allocator;
    private final int threads;
    private final PartReaders partReaders;

    /** {@code allocator} must share its root allocator with the tables written, as for {@link LanceDatasetWriter}. */
    public ParallelFragmentWriter(LanceWriteSettings settings, BufferAllocator allocator, int threads) {
        this(settings, allocator, threads,
                (part, table, schema, from, to, partAllocator) -> new InMemoryArrowReader(table, schema, from, to, partAllocator));
    }

    ParallelFragmentWriter(LanceWriteSettings settings, BufferAllocator allocator, int threads, PartReaders partReaders) {
        if (threads < 1) {
            throw new IllegalArgumentException("writer threads must be at least 1, got " + threads);
        }
        this.settings = settings;
        this.allocator = allocator;
        this.threads = threads;
        this.partReaders = partReaders;
    }

    @Override
    public String describe() {
        return LanceDatasetWriter.describe(settings, ", fragmentWriters=" + threads);
    }

    /**
     * One part per thread, at most one per batch (an empty table is committed as a dataset of no fragments).
     * {@code rowsWritten} is the rows of the committed fragments, as Lance's fragment metadata records them.
     */
    @Override
    public WriteResult write(ArrowTable table, Path target) throws IOException {
        WriteTarget.prepareEmpty(target);
        String uri = target.toString();
        // The encoding choices ride on the schema, as in LanceDatasetWriter; the commit records the same schema.
        Schema schema = LanceEncodingMetadata.annotate(table.schema(), settings.stringCompression());
        List<FragmentMetadata> fragments = writeParts(table, schema, uri);
        commit(uri, schema, fragments);
        return new WriteResult(target, fragments.stream().mapToLong(FragmentMetadata::getNumRows).sum());
    }

    /** The parameters of every part's {@code Fragment.write()}: the settings, as LanceDatasetWriter passes them. */
    static WriteParams writeParams(LanceWriteSettings settings) {
        return new WriteParams.Builder()
                .withMode(WriteParams.WriteMode.CREATE)
                .withDataStorageVersion(settings.storageVersion())
                .withMaxRowsPerFile(settings.maxRowsPerFile())
                .withMaxRowsPerGroup(settings.maxRowsPerGroup())
                .build();
    }

    private List<FragmentMetadata> writeParts(ArrowTable table, Schema schema, String uri) throws IOException {
        int parts = Math.min(threads, table.batchCount());
        if (parts == 0) {
            return List.of();
        }
        WriteParams params = writeParams(settings);
        ExecutorService pool = Executors.newFixedThreadPool(parts, partThreads());
        try {
            List<Future<List<FragmentMetadata>>> written = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                int part = p;
                int from = (int) ((long) table.batchCount() * part / parts);
                int to = (int) ((long) table.batchCount() * (part + 1) / parts);
                written.add(pool.submit(() -> writePart(part, table, schema, from, to, uri, params)));
            }
            return inPartOrder(written);
        } finally {
            pool.shutdown();
        }
    }

    private List<FragmentMetadata> writePart(int part, ArrowTable table, Schema schema, int from, int to, String uri,
            WriteParams params) throws IOException {
        try (ArrowReader reader = partReaders.open(part, table, schema, from, to, allocator);
             ArrowArrayStream stream = ArrowArrayStream.allocateNew(allocator)) {
            Data.exportArrayStream(allocator, reader, stream);
            return Fragment.write()
                    .datasetUri(uri)
                    .allocator(allocator)
                    .data(stream)
                    .writeParams(params)
                    .execute();
        }
    }

    /**
     * Every part's fragments, in part order whatever order the parts finished in. Waits for every part, even
     * after one failed, so that no thread still reads the table when this returns; then throws the first
     * failure with the others suppressed.
     */
    static <T> List<T> inPartOrder(List<Future<List<T>>> parts) throws IOException {
        List<T> all = new ArrayList<>();
        IOException failed = null;
        for (int p = 0; p < parts.size(); p++) {
            try {
                all.addAll(awaitUninterruptibly(parts.get(p)));
            } catch (ExecutionException e) {
                IOException partFailed = new IOException("part " + p + " of " + parts.size() + " failed, nothing "
                        + "committed: " + e.getCause().getMessage(), e.getCause());
                if (failed == null) {
                    failed = partFailed;
                } else {
                    failed.addSuppressed(partFailed);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
        return all;
    }

    /** A native write cannot be interrupted: wait it out, and keep the interrupt for the caller. */
    private static <V> V awaitUninterruptibly(Future<V> future) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One Overwrite of a dataset that does not exist yet: it creates version 1 with every fragment, in list order. */
    private void commit(String uri, Schema schema, List<FragmentMetadata> fragments) {
        Overwrite overwrite = Overwrite.builder().fragments(fragments).schema(schema).build();
        try (Transaction transaction = new Transaction.Builder().operation(overwrite).build()) {
            CommitBuilder commit = new CommitBuilder(uri, allocator);
            if (fragments.isEmpty()) {
                // Lance takes the format from the data files; with none, it must be told.
                commit.storageFormat(commitFormatName(settings.storageVersion()));
            }
            commit.execute(transaction).close();
        }
    }

    /** CommitBuilder names formats its own way: "2.1" is "v2_1" (Lance 7.0.0 knows v2_0, v2_1 and v2_2). */
    static String commitFormatName(String storageVersion) {
        return "v" + storageVersion.replace('.', '_');
    }

    private static ThreadFactory partThreads() {
        AtomicInteger next = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "lance-fragment-writer-" + next.getAndIncrement());
            // A native write that hangs must not keep the JVM alive after the benchmark gave up on it.
            thread.setDaemon(true);
            return thread;
        };
    }
}
