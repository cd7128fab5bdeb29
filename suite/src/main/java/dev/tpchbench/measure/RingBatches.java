package dev.tpchbench.measure;

/**
 * How many batches the ring of a per-batch C Data benchmark holds when {@code jmh.params} does not set
 * {@code ringBatches}: eight, so that a call does not take the batch the previous call just touched, but
 * never more than {@link #MAX_RING_ROWS} rows. At 1,048,576 rows two lineitem batches (about 300 MB)
 * are already far beyond any cache, and every iteration digests the ring's imports: eight were the whole
 * table (about 1 GB per fork) and 1.7 s of untimed digest per iteration (results/reference/ring-20261203/).
 * The runner passes the count to JMH as the parameter, so results record the ring they measured.
 */
public final class RingBatches {
    static final int MOST = 8;
    static final int FEWEST = 2;
    static final long MAX_RING_ROWS = 1L << 21;

    private RingBatches() {
    }

    public static int forBatchRows(int batchRows) {
        if (batchRows <= 0) {
            throw new IllegalArgumentException("batchRows must be > 0, got " + batchRows);
        }
        return (int) Math.max(FEWEST, Math.min(MOST, MAX_RING_ROWS / batchRows));
    }
}
