package dev.tpchbench.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed piece of CPU work, done by a thread of the runner (not of the forks) twice a second, and the
 * CPU time each one took. The same work takes longer when the host runs this machine's cores slower
 * (busy SMT siblings, frequency): forks of one build differ by as much, and their times follow this
 * one's (r = 0.80 over 32 forks, results/reference/canary-20261204/). About 1 % of one core.
 *
 * <p>The work is {@link #WORK}: a multiply-add chain through a 256 KB table (in L2), so that it feels
 * both the core's speed and its cache. A comparison adjusts for the canary only between runs whose
 * canaries did the same work, so changing it means changing {@link #WORK}'s name.
 */
public final class Canary implements AutoCloseable {
    /** The name of the work, recorded with every reading. */
    public static final String WORK = "lcg-256k-700k";
    private static final Duration PERIOD = Duration.ofMillis(500);
    private static final int TABLE_SIZE = 1 << 15;
    private static final int STEPS = 700_000;
    /** Calls before the first sample, so that every sample times C2-compiled code. */
    private static final int WARM_UP_CALLS = 20;

    /** One timing: when it started ({@link System#nanoTime()}) and the CPU milliseconds it took. */
    public record Sample(long startNanos, double cpuMillis) {
    }

    private final long[] table = new long[TABLE_SIZE];
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean stopped;
    private volatile long sink;

    private Canary() {
        thread = new Thread(this::sampleUntilStopped, "canary");
        thread.setDaemon(true);
    }

    /** Starts sampling; empty samples if this JVM cannot measure a thread's CPU time. */
    public static Canary start() {
        Canary canary = new Canary();
        canary.thread.start();
        return canary;
    }

    /** The samples so far, in time order. */
    public List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sampleUntilStopped() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            return;
        }
        for (int i = 0; i < WARM_UP_CALLS && !stopped; i++) {
            sink += work();
        }
        while (!stopped) {
            long start = System.nanoTime();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            sink += work();
            double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6;
            synchronized (samples) {
                samples.add(new Sample(start, cpuMillis));
            }
            try {
                Thread.sleep(PERIOD.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The fixed work: each step's table slot depends on the step before, so nothing runs ahead. */
    long work() {
        long x = sink | 1;
        for (int i = 0; i < STEPS; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            int slot = (int) (x >>> 49) & (TABLE_SIZE - 1);
            table[slot] += x;
            x ^= table[(slot + 1) & (TABLE_SIZE - 1)];
        }
        return x;
    }
}
