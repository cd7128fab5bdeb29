package dev.tpchbench.measure;

/**
 * How many calls one iteration of a per-batch benchmark makes (JMH's batch size, and its operations per
 * invocation so that the score stays per call). A call costs from tens of microseconds (a small batch)
 * to milliseconds, so a fixed count gives iterations of a few milliseconds at one end, too short to
 * average out the machine's jitter; a count that falls as the batches grow keeps every iteration at
 * about the same rows of work: 2^27 rows, at most 8,192 calls, 0.05-0.4 s for Arrow's own export and import.
 * With a quarter of that (until 2026-12-06) the windows were 3-100 ms, the iterations of a fork spread 1.3-5.6x
 * more (median 3.3x), the fork means 2x more, and 9 of 15 rows measured 3-18 % more per call (plausibly each
 * window's start after JMH's collection; results/reference/longwin-20261206/).
 * A call that copies every value (the hand-written import) costs far more: 3.9 ms at 65,536 rows and 78.6 ms
 * at 1,048,576, against 0.11 and 0.48 ms for Arrow's import (results/reference/nightly-20261203-ring/), so
 * the zero-copy count made its iterations 2 and 5 s long; it gets 2^24 rows per iteration, about a second.
 * A class whose calls cost the same whatever the rows (the Phase 3 hop) declares its own count instead,
 * and the runner keeps it: 64 calls of 20 microseconds would be an iteration of about a millisecond.
 */
public final class CallsPerIteration {
    static final long ROWS_PER_ITERATION = 1L << 27;
    static final long COPIED_ROWS_PER_ITERATION = 1L << 24;
    static final int MIN_CALLS = 64;
    /** Enough for every slot of the largest ring to be imported in every iteration. */
    static final int MIN_COPYING_CALLS = RingBatches.MOST;
    /** The batch size a class declares to leave its calls per iteration to {@link #forBatchRows}. */
    public static final int BY_BATCH_ROWS = MIN_CALLS;
    static final int MAX_CALLS = 8192;

    private CallsPerIteration() {
    }

    /**
     * The calls of a class that declares {@code declaredBatchSize}: its own, unless it declares {@link #BY_BATCH_ROWS};
     * {@code copiesValues} for a call whose cost grows with every value it copies.
     */
    public static int of(int declaredBatchSize, int batchRows, boolean copiesValues) {
        if (declaredBatchSize != BY_BATCH_ROWS) {
            return declaredBatchSize;
        }
        return copiesValues ? forCopiedRows(batchRows) : forBatchRows(batchRows);
    }

    public static int forBatchRows(int batchRows) {
        return calls(ROWS_PER_ITERATION, batchRows, MIN_CALLS);
    }

    /** For calls that copy every value of their batch. */
    public static int forCopiedRows(int batchRows) {
        return calls(COPIED_ROWS_PER_ITERATION, batchRows, MIN_COPYING_CALLS);
    }

    private static int calls(long rowsPerIteration, int batchRows, int minCalls) {
        if (batchRows <= 0) {
            throw new IllegalArgumentException("batchRows must be > 0, got " + batchRows);
        }
        return (int) Math.max(minCalls, Math.min(MAX_CALLS, rowsPerIteration / batchRows));
    }
}
