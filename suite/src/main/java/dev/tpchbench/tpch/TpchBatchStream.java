package dev.tpchbench.tpch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Phaser;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A TPC-H table as a stream of Arrow batches, generated while the consumer takes them: the same
 * dbgen-exact values and the same batches (exactly {@code batchRows} rows, the last shorter) as
 * {@link TpchArrowGenerator#generate}, without holding the table, so tables larger than memory can be
 * written (issue 11: lineitem SF 10 is about 21 GB of Arrow).
 *
 * <p>The table is cut into generator parts ({@code createGenerator(sf, part, partCount)}) that the JVM's
 * generator threads ({@link GeneratorThreads}, shared by every stream) generate while the consumer takes
 * the parts' batches in row order; a part is started only when it is among the next {@code partsAhead}
 * parts the consumer has not finished. {@link #open} cuts parts of about {@value #STREAM_PART_BATCHES}
 * batches and keeps one part more ahead than there are threads, so the
 * threads stay busy while memory stays at a few parts plus the batch being assembled and the one handed
 * out. {@link TpchArrowGenerator} drains this same stream with its fixed, few parts all ahead, so there is
 * one generation path. Batches that span two parts are copied together ({@link BatchAssembler}).
 *
 * <p>Not thread-safe: one consumer calls {@link #next}. {@link #close} stops the parts, waits until none
 * of them runs and frees every batch not handed out.
 */
public final class TpchBatchStream implements AutoCloseable {
    /** Batches per part when streaming: small parts keep the parts in flight to a few batches. */
    static final int STREAM_PART_BATCHES = 2;

    private static final Object END = new Object();

    private final TpchTable table;
    private final Schema schema;
    private final BufferAllocator allocator;
    private final List<PartBatchWriter> parts = new ArrayList<>();
    private final List<BlockingQueue<Object>> queues = new ArrayList<>();
    private final int partsAhead;
    private final long plannedRows;
    /** One party for the stream and one for each part submitted and not yet finished. */
    private final Phaser unfinishedParts = new Phaser(1);
    private final BatchAssembler assembler;
    private volatile boolean cancelled;
    private boolean closed;
    private RuntimeException failure;
    private Error fatal;
    private int submitted;
    private int current;
    private long rowsDelivered;
    private long batchesDelivered;

    private TpchBatchStream(TpchTable table, double scaleFactor, int batchRows, long maxRows, int partCount,
            int partsAhead, BufferAllocator allocator) {
        this.table = table;
        this.schema = TpchSchemas.schema(table);
        this.allocator = allocator;
        this.partsAhead = partsAhead;
        long[] partRows = TpchRowCounts.rowsPerPart(table, scaleFactor, partCount);
        long firstRow = 0;
        long planned = 0;
        for (int part = 1; part <= partCount && firstRow < maxRows; part++) {
            long rowLimit = Math.min(partRows[part - 1], maxRows - firstRow);
            parts.add(new PartBatchWriter(table, scaleFactor, part, partCount, firstRow, partRows[part - 1],
                    rowLimit, batchRows, allocator));
            queues.add(new LinkedBlockingQueue<>());
            firstRow += partRows[part - 1];
            planned += rowLimit;
        }
        this.plannedRows = planned;
        this.assembler = new BatchAssembler(schema, batchRows, allocator);
        submitAhead();
    }

    /**
     * All rows of {@code table} at {@code scaleFactor} in batches of {@code batchRows}, generated as they
     * are taken, holding a few batches at a time. The caller must close the stream and every batch it takes.
     */
    public static TpchBatchStream open(TpchTable table, double scaleFactor, int batchRows, BufferAllocator allocator) {
        validate(table, scaleFactor, batchRows, Long.MAX_VALUE, allocator);
        int partCount = streamingPartCount(table, scaleFactor, batchRows);
        int threads = Math.min(partCount, GeneratorThreads.COUNT);
        return new TpchBatchStream(table, scaleFactor, batchRows, Long.MAX_VALUE, partCount, threads + 1, allocator);
    }

    /**
     * The first {@code maxRows} rows in {@code partCount} parts, all started at once: the in-memory
     * layout of {@link TpchArrowGenerator}, which keeps every batch anyway.
     */
    static TpchBatchStream allPartsAhead(TpchTable table, double scaleFactor, int batchRows, long maxRows,
            int partCount, BufferAllocator allocator) {
        validate(table, scaleFactor, batchRows, maxRows, allocator);
        return new TpchBatchStream(table, scaleFactor, batchRows, maxRows, partCount, partCount, allocator);
    }

    private static void validate(TpchTable table, double scaleFactor, int batchRows, long maxRows,
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
    }

    /** Parts of about {@value #STREAM_PART_BATCHES} batches; nation and region exist only as one part. */
    static int streamingPartCount(TpchTable table, double scaleFactor, int batchRows) {
        if (table == TpchTable.NATION || table == TpchTable.REGION) {
            return 1;
        }
        long rows = TpchRowCounts.expectedRows(table, scaleFactor);
        long rowsPerPart = (long) batchRows * STREAM_PART_BATCHES;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (rows + rowsPerPart - 1) / rowsPerPart));
    }

    public Schema schema() {
        return schema;
    }

    public TpchTable table() {
        return table;
    }

    /** The allocator every batch of this stream comes from. */
    public BufferAllocator allocator() {
        return allocator;
    }

    /** Rows the stream will deliver in all, counted by dbgen's formulas before any is generated. */
    public long plannedRows() {
        return plannedRows;
    }

    public long rowsDelivered() {
        return rowsDelivered;
    }

    public long batchesDelivered() {
        return batchesDelivered;
    }

    /** How many generator parts the table is cut into (for tests and reports). */
    int partCount() {
        return parts.size();
    }

    /** How many unfinished parts may be generated or waiting at once: what bounds the stream's memory. */
    int partsAhead() {
        return partsAhead;
    }

    /**
     * The next batch in row order, which the caller owns and must close; null after the last. A part's
     * failure is thrown here (and again on every later call); the stream must still be closed.
     */
    public VectorSchemaRoot next() {
        if (closed) {
            throw new IllegalStateException("the " + table.tableName() + " stream is closed");
        }
        rethrowFailure();
        try {
            while (true) {
                VectorSchemaRoot piece = nextPiece();
                VectorSchemaRoot batch = piece == null ? assembler.finish() : assembler.add(piece);
                if (batch != null) {
                    rowsDelivered += batch.getRowCount();
                    batchesDelivered++;
                    return batch;
                }
                if (piece == null) {
                    return null;
                }
            }
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } catch (Error e) {
            fatal = e;
            throw e;
        }
    }

    /** An {@code ArrowReader} over this stream that owns it: closing the reader closes the stream. */
    public TpchArrowReader asReader() {
        return new TpchArrowReader(this);
    }

    private void rethrowFailure() {
        if (fatal != null) {
            throw fatal;
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The next piece of the current part, moving on past finished parts; null when all are done. */
    private VectorSchemaRoot nextPiece() {
        while (current < queues.size()) {
            Object item = takeUninterruptibly(queues.get(current));
            if (item instanceof VectorSchemaRoot) {
                return (VectorSchemaRoot) item;
            }
            if (item == END) {
                current++;
                submitAhead();
                continue;
            }
            Throwable cause = ((Failure) item).cause;
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException("generating a TPC-H part failed", cause);
        }
        return null;
    }

    /** Starts parts until {@code partsAhead} unfinished parts are running or done. */
    private void submitAhead() {
        while (submitted < parts.size() && submitted < current + partsAhead) {
            PartBatchWriter part = parts.get(submitted);
            BlockingQueue<Object> queue = queues.get(submitted);
            unfinishedParts.register();
            GeneratorThreads.execute(() -> {
                try {
                    generate(part, queue);
                } finally {
                    unfinishedParts.arriveAndDeregister();
                }
            });
            submitted++;
        }
    }

    private void generate(PartBatchWriter part, BlockingQueue<Object> queue) {
        if (cancelled) {
            return; // closed before this part's turn on the shared threads came
        }
        try {
            part.writeTo(piece -> {
                if (cancelled) {
                    piece.close();
                    throw new CancellationException("stream closed");
                }
                queue.add(piece);
            });
            queue.add(END);
        } catch (Throwable t) {
            // Handed to the consumer, who rethrows it in row order (or drops it when closing).
            queue.add(new Failure(t));
        }
    }

    /**
     * Waits through interrupts (and restores the flag): the part's next item comes within one batch's
     * generation, and giving up would leave batches in the queue that nobody frees before close.
     */
    private static Object takeUninterruptibly(BlockingQueue<Object> queue) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return queue.take();
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

    /** Stops the parts, waits until none of them runs, and frees every batch not yet handed out. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        cancelled = true;
        // A running part stops at its next piece (it checks cancelled); waiting ignores interrupts, as
        // giving up would leave pieces that nobody frees.
        unfinishedParts.arriveAndAwaitAdvance();
        for (BlockingQueue<Object> queue : queues) {
            for (Object item = queue.poll(); item != null; item = queue.poll()) {
                if (item instanceof VectorSchemaRoot) {
                    ((VectorSchemaRoot) item).close();
                }
            }
        }
        assembler.close();
    }

    /** A part's failure, queued after the pieces it made before failing. */
    private static final class Failure {
        final Throwable cause;

        Failure(Throwable cause) {
            this.cause = cause;
        }
    }
}
