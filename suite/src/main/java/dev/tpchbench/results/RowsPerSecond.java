package dev.tpchbench.results;

/**
 * Rows per second of a result: the rows one operation handles over the time of one operation. For
 * a per-batch benchmark (one operation is one batch of its ring, see {@link #perBatch}) the rows of
 * an operation are those of an average batch of the ring; for the others, the whole table verified.
 */
public final class RowsPerSecond {
    /** Parameter of the per-batch benchmarks: how many batches their ring cycles through. */
    public static final String RING_BATCHES = "ringBatches";
    public static final String BATCH_ROWS = "batchRows";

    private RowsPerSecond() {
    }

    /** Rows/s of a result from its own rows verified; NaN when the unit is not a time per operation. */
    public static double of(BenchmarkResult result) {
        return of(result.key(), result.rows(), result.score(), result.unit());
    }

    /**
     * @param rows  rows verified per iteration (the table, or a per-batch benchmark's ring)
     * @param score time per operation in {@code unit}
     * @return NaN when the unit is not a time per operation (or the score is not positive)
     */
    public static double of(BenchmarkId id, double rows, double score, String unit) {
        double seconds = score * secondsPerUnit(unit);
        return seconds > 0 ? rowsPerOperation(id, rows) / seconds : Double.NaN;
    }

    /** The rows one operation handles: the whole {@code rows}, or an average batch of a per-batch benchmark's ring. */
    public static double rowsPerOperation(BenchmarkId id, double rows) {
        if (!perBatch(id)) {
            return rows;
        }
        long batchRows = Long.parseLong(id.params().get(BATCH_ROWS));
        return rows / Math.max(1, Math.ceil(rows / batchRows));
    }

    /** True for a benchmark whose one operation is one batch (it cycles through a ring of batches). */
    public static boolean perBatch(BenchmarkId id) {
        return id.params().containsKey(RING_BATCHES);
    }

    /** Seconds per one unit of a JMH time unit such as "ms/op"; NaN for non-time units. */
    public static double secondsPerUnit(String unit) {
        String time = unit.contains("/") ? unit.substring(0, unit.indexOf('/')) : unit;
        switch (time) {
            case "s": return 1;
            case "ms": return 1e-3;
            case "us": return 1e-6;
            case "ns": return 1e-9;
            default: return Double.NaN;
        }
    }
}
