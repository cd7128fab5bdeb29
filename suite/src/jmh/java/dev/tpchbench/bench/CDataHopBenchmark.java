package dev.tpchbench.bench;

import java.util.concurrent.TimeUnit;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.tpchbench.cdata.Hop;
import dev.tpchbench.cdata.HopRing;
import dev.tpchbench.cdata.ImportRing;
import dev.tpchbench.gate.IntegrityGate;
import dev.tpchbench.measure.AnatomyProfiler;

/**
 * Timed, per batch: the whole hop of one batch across the C Data Interface, Java to Java, as a stream
 * does it: export, import, the row check, and closing that slot's previous import. {@code hop=PHASE_3}
 * is the Phase 3 hop, nothing per row on either side (no null counting, the schema once per stream,
 * the zero-copy import); {@code LIBRARY} is Arrow's exporter and importer with the schema in every call,
 * for the ratio within one run. Not timed: generating the table. Verified after each iteration as the
 * import benchmark's ({@link ImportedRingState}): the latest import of every slot validates and
 * digest-equals the source, and both allocators are back where they were.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = BatchRingState.WARMUP_ITERATIONS, batchSize = CDataHopBenchmark.CALLS)
@Measurement(iterations = BatchRingState.MEASUREMENT_ITERATIONS, batchSize = CDataHopBenchmark.CALLS)
public class CDataHopBenchmark extends ImportedRingState {
    /**
     * Calls per iteration at every batch size, declared here rather than left to the runner: a Phase 3 hop
     * costs about 16-17 microseconds whatever the rows, so the runner's 64 calls at 1,048,576 rows made
     * iterations of about a millisecond, where one pause showed as a 3x outlier; 32,768 make about 0.5 s
     * (8,192 until 2026-12-06: see {@code CallsPerIteration}).
     */
    static final int CALLS = 32768;

    @Param({"1024", "65536", "1048576"})
    public int batchRows;

    @Param({"PHASE_3"})
    public String hop;

    private Hop path;
    private HopRing hops;

    @Override
    protected int batchRows() {
        return batchRows;
    }

    @Override
    protected void prepareTrial() throws Exception {
        path = Hop.parse(hop);
        super.prepareTrial();
    }

    @Setup(Level.Iteration)
    public void fillRing() {
        startIteration();
        hops = new HopRing(allocator, consumer, ring, path);
        AnatomyProfiler.open(timedWindow);
    }

    @Override
    protected void warmUpLap() {
        try (BufferAllocator lapConsumer = allocator.newChildAllocator("warm-up", 0, Long.MAX_VALUE);
             HopRing lap = new HopRing(allocator, lapConsumer, ring, path)) {
            for (int call = 0; call < OPS; call++) {
                lap.hopNext();
            }
        } catch (ImportRing.RowCountMismatch e) {
            throw IntegrityGate.reject(id, e.getMessage());
        }
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public VectorSchemaRoot hopBatch() {
        try {
            return hops.hopNext();
        } catch (ImportRing.RowCountMismatch e) {
            throw IntegrityGate.reject(id, e.getMessage());
        }
    }

    @TearDown(Level.Iteration)
    public void verifyHops(Verified verified) throws Exception {
        AnatomyProfiler.close(timedWindow);
        verifyIteration(hops.latestImports(), hops, verified);
    }
}
