package dev.tpchbench.measure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * {@code -Djmh.prof=anatomy}: per iteration, where the timed calls' wall time went ({@link TimedWindow}), as
 * secondary metrics in milliseconds: the benchmark thread on a core ({@code timedCpuMs}; of it in the kernel
 * {@code timedSystemMs}, with its page faults {@code timedFaults}), waiting for one ({@code timedWaitMs}), neither
 * ({@code timedStoppedMs}); the collectors' time ({@code timedGcMs}), the whole fork's CPU
 * ({@code timedProcessCpuMs}, in 10 ms ticks) and, by kind, the CPU of the fork's threads alive at the window's end.
 *
 * <p>A profiler, so off unless asked for: the window's reads of /proc sit just outside the timed region, and
 * interleaved against a build without them the three shortest per-batch rows measured 1.057-1.135x, unadjusted
 * (none flagged; results/reference/anatomy-20261205/). The benchmark states open and close their window only while this
 * profiler is loaded in their fork ({@link #open}, {@link #close}); JMH calls {@link #afterIteration} after the
 * iteration's teardown, which hands it the window. Benchmarks without a window report nothing.
 */
public final class AnatomyProfiler implements InternalProfiler {
    private static volatile boolean loaded;
    private static volatile TimedWindow.Anatomy last;

    public AnatomyProfiler() {
        loaded = true;
    }

    /** Warms the window's own code up in the trial's set-up, if this profiler is loaded. */
    public static void warmUp(TimedWindow window) {
        if (loaded) {
            window.warmUp();
        }
    }

    /** The last step of an iteration's set-up: opens the window if this profiler is loaded. */
    public static void open(TimedWindow window) {
        if (loaded) {
            window.open();
        }
    }

    /** The first step of an iteration's teardown: closes the window and keeps it for {@link #afterIteration}. */
    public static void close(TimedWindow window) {
        if (loaded) {
            last = window.close();
        }
    }

    @Override
    public String getDescription() {
        return "Per iteration: the benchmark thread's CPU, run delay and stopped time in the timed calls, and the "
                + "fork's other threads' CPU beside them (the suite's benchmarks only)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        last = null;
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        TimedWindow.Anatomy anatomy = last;
        last = null;
        return anatomy == null ? List.of() : results(anatomy);
    }

    /** The secondary metrics of one window. */
    static List<Result> results(TimedWindow.Anatomy anatomy) {
        List<Result> results = new ArrayList<>();
        results.add(millis("timedCpuMs", anatomy.cpuNanos()));
        results.add(millis("timedSystemMs", anatomy.systemNanos()));
        results.add(new ScalarResult("timedFaults", anatomy.faults(), "#", AggregationPolicy.AVG));
        results.add(millis("timedWaitMs", anatomy.waitNanos()));
        results.add(millis("timedStoppedMs", anatomy.stoppedNanos()));
        results.add(millis("timedGcMs", anatomy.gcNanos()));
        results.add(millis("timedProcessCpuMs", anatomy.processCpuNanos()));
        Map<TimedWindow.ThreadKind, Double> others = anatomy.otherThreadsCpuNanos();
        results.add(millis("timedGcAndVmThreadsMs", others.get(TimedWindow.ThreadKind.GC_AND_VM)));
        results.add(millis("timedJitThreadsMs", others.get(TimedWindow.ThreadKind.JIT)));
        results.add(millis("timedOtherThreadsMs", others.get(TimedWindow.ThreadKind.OTHER)));
        return results;
    }

    private static Result millis(String name, double nanos) {
        return new ScalarResult(name, nanos / 1e6, "ms", AggregationPolicy.AVG);
    }
}
