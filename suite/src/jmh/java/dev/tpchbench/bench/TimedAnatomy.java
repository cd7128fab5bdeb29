package dev.tpchbench.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.tpchbench.measure.TimedWindow;

/**
 * Secondary metrics of the per-batch and write benchmarks, one value per iteration, of where the timed calls'
 * wall time went (milliseconds;
 * {@link TimedWindow}): the benchmark thread on a core ({@code timedCpuMs}, of it in the kernel
 * {@code timedSystemMs}, with its page faults {@code timedFaults}), waiting for one ({@code timedWaitMs}),
 * neither ({@code timedStoppedMs}); the collectors' time ({@code timedGcMs}), the whole fork's CPU
 * ({@code timedProcessCpuMs}, the benchmark thread's and threads that ended inside the window included) and
 * the CPU of the fork's other threads alive at its end, by kind. The benchmark's iteration set-up opens its window last, and its
 * teardown records it first (JMH refuses a counters state injected into two fixtures of one benchmark).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class TimedAnatomy {
    public double timedCpuMs;
    public double timedSystemMs;
    public double timedFaults;
    public double timedWaitMs;
    public double timedStoppedMs;
    public double timedGcMs;
    public double timedProcessCpuMs;
    public double timedGcAndVmThreadsMs;
    public double timedJitThreadsMs;
    public double timedOtherThreadsMs;

    void record(TimedWindow.Anatomy anatomy) {
        timedCpuMs = anatomy.cpuNanos() / 1e6;
        timedSystemMs = anatomy.systemNanos() / 1e6;
        timedFaults = anatomy.faults();
        timedWaitMs = anatomy.waitNanos() / 1e6;
        timedStoppedMs = anatomy.stoppedNanos() / 1e6;
        timedGcMs = anatomy.gcNanos() / 1e6;
        timedProcessCpuMs = anatomy.processCpuNanos() / 1e6;
        timedGcAndVmThreadsMs = anatomy.otherThreadsCpuNanos().get(TimedWindow.ThreadKind.GC_AND_VM) / 1e6;
        timedJitThreadsMs = anatomy.otherThreadsCpuNanos().get(TimedWindow.ThreadKind.JIT) / 1e6;
        timedOtherThreadsMs = anatomy.otherThreadsCpuNanos().get(TimedWindow.ThreadKind.OTHER) / 1e6;
    }
}
