package dev.tpchbench.bench;

import java.time.Duration;
import java.util.List;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.tpchbench.gate.IntegrityGate;
import dev.tpchbench.measure.AnatomyProfiler;
import dev.tpchbench.measure.CallsPerIteration;
import dev.tpchbench.measure.TimedWindow;
import dev.tpchbench.measure.WarmUp;
import dev.tpchbench.results.Numbers;

/**
 * What the per-batch C Data benchmarks share: one operation is one batch, taken in turn from a ring
 * of the table's first {@code ringBatches} batches (all of them if the table has fewer; see {@link TpchSource}
 * for where they come from), and every iteration ends with the digest of the ring's latest outputs against them.
 *
 * <p>Shape: single-shot iterations of a batch of calls each, reported per call (operations per
 * invocation equal to the batch size), so that whatever a call consumes (an export made in advance) can
 * be prepared for exactly that many calls outside the timed region. The classes declare {@link #OPS}
 * calls; the suite's runner sets {@code CallsPerIteration} for each batch size, and the preset's per-batch forks.
 * Before JMH's warm-up, the trial
 * set-up repeats untimed laps of {@link #OPS} calls until {@link #WARM_UP_CALLS} calls or
 * {@link #WARM_UP_TIME} (see {@link WarmUp}): a call of microseconds needs that many before the JIT is done.
 */
@State(Scope.Thread)
public abstract class BatchRingState extends TpchSource implements CollectsOwnGarbage {
    /**
     * Calls per iteration unless the runner sets it; each class repeats it in its annotations, which must be
     * constants. Declaring it leaves the count to the runner, by batch size ({@code CallsPerIteration}); a class
     * whose calls cost the same at every batch size declares its own count, which the runner keeps.
     */
    static final int OPS = CallsPerIteration.BY_BATCH_ROWS;
    /**
     * JMH iterations of every per-batch class. Few per fork, because forks differ more than iterations do
     * (fork means 4-30 % apart, iterations 2-8 % within a fork) and a fork's set-up costs as much as about
     * ten iterations: Kalibera and Jones's optimum, sqrt(fork cost x iteration variance / (iteration cost x
     * fork variance)), was about 5 here (results/reference/README.md). Precision comes from the forks. Three
     * iterations of 4x the calls ({@code CallsPerIteration}) cost a fork 0.95x what five short ones did and
     * halved the spread of its mean (median over 15 rows; results/reference/longwin-20261206/).
     */
    static final int WARMUP_ITERATIONS = 2;
    static final int MEASUREMENT_ITERATIONS = 3;
    static final long WARM_UP_CALLS = 20_000;
    static final Duration WARM_UP_TIME = Duration.ofSeconds(3);

    /** The suite's runner passes one for each batch size ({@code RingBatches}); 8 is for a run of JMH's own jar. */
    @Param({"8"})
    public int ringBatches;

    protected List<VectorSchemaRoot> ring;
    /** Opened last in each iteration's set-up, closed first in its teardown, under {@code -Djmh.prof=anatomy}. */
    protected final TimedWindow timedWindow = new TimedWindow();
    /** JMH's batch size: the calls each iteration makes, the same in warm-up and measurement. */
    protected int callsPerIteration;

    @Override
    protected long sourceRows() {
        return Math.multiplyExact((long) ringBatches, batchRows());
    }

    @Override
    protected void prepareTrial() throws Exception {
        callsPerIteration = benchmarkParams.getMeasurement().getBatchSize();
        // A score per call needs operations per invocation equal to the batch size, in both phases.
        if (benchmarkParams.getOpsPerInvocation() != callsPerIteration
                || benchmarkParams.getWarmup().getBatchSize() != callsPerIteration) {
            throw new IllegalStateException("per-batch benchmarks need the same batch size in warm-up and measurement "
                    + "and operations per invocation equal to it (-wbs N -bs N -opi N); got warm-up batch "
                    + benchmarkParams.getWarmup().getBatchSize() + ", measurement batch " + callsPerIteration
                    + ", operations per invocation " + benchmarkParams.getOpsPerInvocation());
        }
        super.prepareTrial();
        ring = source.batches();
        long before = allocator.getAllocatedMemory();
        WarmUp.repeat(this::warmUpLap, OPS, WARM_UP_CALLS, WARM_UP_TIME);
        AnatomyProfiler.warmUp(timedWindow);
        long left = allocator.getAllocatedMemory() - before;
        IntegrityGate.require(id, left == 0, "the warm-up left " + Numbers.grouped(left) + " bytes of Arrow memory allocated");
    }

    /** {@link #OPS} calls of the benchmark with their iteration set-up and release, none of it timed. */
    protected abstract void warmUpLap();
}
