package dev.tpchbench.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A fixed piece of CPU work, done by a thread of the runner (not of the forks) twice a second, and the
 * CPU time each one took. The same work takes longer when the host runs this machine's cores slower
 * (busy SMT siblings, frequency): forks of one build differ by as much, and their times follow this
 * one's (r = 0.80 over 32 forks, results/reference/canary-20261204/). About 1 % of one core.
 *
 * <p>The work is {@link #WORK}: sorting a copy of the same 100,000 random ints (400 KB): branches that
 * mispredict and a working set beyond the core's own caches. Of six works timed by a side process beside
 * the same A/A forks it followed them best (r = 0.35 and 0.71 on two A/As, where the earlier multiply-add
 * chain through a 256 KB table had 0.24 and 0.55; results/reference/canary-rule-20261205/). A comparison
 * adjusts for the canary only between runs whose canaries did the same work, so changing it means changing
 * {@link #WORK}'s name.
 */
public final class Canary implements AutoCloseable {
    /** The name of the work, recorded with every reading. */
    public static final String WORK = "sort-100k";
    private static final Duration PERIOD = Duration.ofMillis(500);
    private static final int SORTED_INTS = 100_000;
    /** Calls before the first sample, so that every sample times C2-compiled code. */
    private static final int WARM_UP_CALLS = 20;

    /** One timing: when it started ({@link System#nanoTime()}) and the CPU milliseconds it took. */
    public record Sample(long startNanos, double cpuMillis) {
    }

    /** The same input every time (a fixed seed), sorted in a copy. */
    private final int[] input = new Random(1).ints(SORTED_INTS).toArray();
    private final int[] copy = new int[SORTED_INTS];
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

    /** The fixed work: a copy of the same random ints, sorted. */
    long work() {
        System.arraycopy(input, 0, copy, 0, SORTED_INTS);
        Arrays.sort(copy);
        return copy[(int) (sink & 1023)];
    }
}
