package dev.tpchbench.bench;

import java.util.List;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.tpchbench.digest.TableDigest;

/**
 * What the per-batch C Data benchmarks share: one operation is one batch, taken in turn from a ring
 * of the table's first {@code ringBatches} batches (all of them if the table has fewer), and every
 * iteration ends with the digest of the ring's latest outputs against the ring's source batches.
 *
 * <p>Shape: single-shot iterations of {@link #OPS} calls each, reported per call
 * ({@code @OperationsPerInvocation}), so that whatever a call consumes (an export made in advance) can
 * be prepared for exactly that many calls outside the timed region.
 */
@State(Scope.Thread)
public abstract class BatchRingState extends TpchSource {
    /** Calls per iteration; each class repeats it in its annotations, which must be constants. */
    static final int OPS = 64;

    @Param({"8"})
    public int ringBatches;

    protected List<VectorSchemaRoot> ring;
    protected TableDigest ringExpected;

    @Override
    protected void prepareTrial() throws Exception {
        super.prepareTrial();
        ring = source.batches().subList(0, Math.min(ringBatches, source.batchCount()));
        ringExpected = TableDigest.of(source.schema(), ring);
    }
}
