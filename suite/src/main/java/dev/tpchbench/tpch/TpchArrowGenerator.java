package dev.tpchbench.tpch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.tpchbench.data.ArrowTable;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Generates TPC-H tables as Arrow batches, with the dbgen-exact io.trino.tpch generators.
 *
 * <p>A table is generated as {@value #PART_COUNT} generator parts on a few threads and joined in part
 * order. The part count is fixed, not taken from the machine, and the batch layout depends only on
 * the table, scale factor and batch size, so every machine produces the same batches.
 */
public final class TpchArrowGenerator {
    /** Enough parts to keep a few cores busy; each part costs only a cheap skip-ahead of the randoms. */
    static final int PART_COUNT = 4;

    private TpchArrowGenerator() {
    }

    /**
     * All rows of {@code table} at {@code scaleFactor}, in batches of exactly {@code batchRows} rows
     * except the last. The caller owns the result and must close it.
     */
    public static ArrowTable generate(TpchTable table, double scaleFactor, int batchRows, BufferAllocator allocator) {
        return generateFirst(table, scaleFactor, batchRows, Long.MAX_VALUE, allocator);
    }

    /**
     * The first {@code maxRows} rows of {@code table} (all of them if it has fewer), in the same batches
     * as {@link #generate}: the per-batch benchmarks use a few batches and should not wait for the rest.
     * Parts after the prefix are not generated at all; the part holding its end stops there.
     */
    public static ArrowTable generateFirst(TpchTable table, double scaleFactor, int batchRows, long maxRows,
            BufferAllocator allocator) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(allocator, "allocator");
        TpchRowCounts.requireValidScaleFactor(scaleFactor);
        if (batchRows <= 0) {
            throw new IllegalArgumentException("batchRows must be > 0, got " + batchRows);
        }
        if (maxRows <= 0) {
            throw new IllegalArgumentException("maxRows must be > 0, got " + maxRows);
        }
        Schema schema = TpchSchemas.schema(table);
        List<VectorSchemaRoot> pieces = generateParts(table, scaleFactor, batchRows, maxRows, allocator);
        return new ArrowTable(schema, BatchAssembler.assemble(schema, pieces, batchRows, allocator));
    }

    /** The batches of the parts that hold the first {@code maxRows} rows, in row order. */
    private static List<VectorSchemaRoot> generateParts(TpchTable table, double scaleFactor, int batchRows,
            long maxRows, BufferAllocator allocator) {
        // io.trino.tpch makes nation and region only as a single part.
        int partCount = table == TpchTable.NATION || table == TpchTable.REGION ? 1 : PART_COUNT;
        long[] partRows = TpchRowCounts.rowsPerPart(table, scaleFactor, partCount);
        int threads = Math.min(partCount, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "tpch-" + table.tableName());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<VectorSchemaRoot>>> parts = new ArrayList<>();
            long firstRow = 0;
            for (int part = 1; part <= partCount && firstRow < maxRows; part++) {
                long rowLimit = Math.min(partRows[part - 1], maxRows - firstRow);
                parts.add(pool.submit(new PartBatchWriter(table, scaleFactor, part, partCount, firstRow,
                        partRows[part - 1], rowLimit, batchRows, allocator)));
                firstRow += partRows[part - 1];
            }
            return collect(parts);
        } finally {
            pool.shutdown();
        }
    }

    /** Waits for every part; if any failed, closes what the others made and rethrows the first failure. */
    private static List<VectorSchemaRoot> collect(List<Future<List<VectorSchemaRoot>>> parts) {
        List<VectorSchemaRoot> pieces = new ArrayList<>();
        RuntimeException failure = null;
        for (Future<List<VectorSchemaRoot>> part : parts) {
            try {
                pieces.addAll(waitFor(part));
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            pieces.forEach(VectorSchemaRoot::close);
            throw failure;
        }
        return pieces;
    }

    /**
     * The part's batches, or its failure rethrown. Waits through interrupts (and restores the flag):
     * a part left running would allocate batches that nobody closes.
     */
    private static List<VectorSchemaRoot> waitFor(Future<List<VectorSchemaRoot>> part) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return part.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException) {
                        throw (RuntimeException) cause;
                    }
                    if (cause instanceof Error) {
                        throw (Error) cause;
                    }
                    throw new IllegalStateException("generating a TPC-H part failed", cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
