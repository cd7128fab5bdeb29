package dev.tpchbench.measure;

/**
 * How many calls one iteration of a per-batch benchmark makes (JMH's batch size, and its operations per
 * invocation so that the score stays per call). A call costs from tens of microseconds (a small batch)
 * to milliseconds, so a fixed count gives iterations of a few milliseconds at one end, too short to
 * average out the machine's jitter; a count that falls as the batches grow keeps every iteration at
 * about the same rows of work, a tenth of a second or more for Arrow's own import and export.
 * A class whose calls cost the same whatever the rows (the Phase 3 hop) declares its own count instead,
 * and the runner keeps it: 64 calls of 20 microseconds would be an iteration of about a millisecond.
 */
public final class CallsPerIteration {
    static final long ROWS_PER_ITERATION = 1L << 25;
    static final int MIN_CALLS = 64;
    /** The batch size a class declares to leave its calls per iteration to {@link #forBatchRows}. */
    public static final int BY_BATCH_ROWS = MIN_CALLS;
    static final int MAX_CALLS = 2048;

    private CallsPerIteration() {
    }

    /** The calls of a class that declares {@code declaredBatchSize}: its own, unless it declares {@link #BY_BATCH_ROWS}. */
    public static int of(int declaredBatchSize, int batchRows) {
        return declaredBatchSize == BY_BATCH_ROWS ? forBatchRows(batchRows) : declaredBatchSize;
    }

    public static int forBatchRows(int batchRows) {
        if (batchRows <= 0) {
            throw new IllegalArgumentException("batchRows must be > 0, got " + batchRows);
        }
        return (int) Math.max(MIN_CALLS, Math.min(MAX_CALLS, ROWS_PER_ITERATION / batchRows));
    }
}
