package dev.tpchbench.measure;

import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Waits, untimed, until the JIT compilers have been idle for a while, so that a timed window does not share the
 * machine with a compilation its set-up or the last teardown started (on 2 cores a busy compiler thread
 * preempted 3 ms windows by up to 4 ms: results/reference/anatomy-20261205/). Gives up after a limit: a
 * compiler that never idles leaves the window as it was, and the wait says so.
 */
public final class CompilerQuiet {
    static final Duration QUIET = Duration.ofMillis(50);
    static final Duration POLL = Duration.ofMillis(5);
    static final Duration LIMIT = Duration.ofSeconds(2);
    /** Idle: the compilers used less than this share of one core over {@link #QUIET}. */
    static final double IDLE_SHARE = 0.02;

    private CompilerQuiet() {
    }

    /** Returns how long it waited; NaN JIT readings (no /proc) return at once. */
    public static Duration await() {
        return await(TimedWindow::jitCpuNanos, System::nanoTime, CompilerQuiet::sleep);
    }

    static Duration await(DoubleSupplier jitCpuNanos, LongSupplier clock, Runnable pause) {
        long start = clock.getAsLong();
        long quietStart = start;
        double quietBase = jitCpuNanos.getAsDouble();
        while (!Double.isNaN(quietBase)) {
            pause.run();
            long now = clock.getAsLong();
            double jit = jitCpuNanos.getAsDouble();
            if (jit - quietBase > IDLE_SHARE * QUIET.toNanos()) {
                quietStart = now; // compiled in this stretch: the quiet starts again
                quietBase = jit;
            }
            if (now - quietStart >= QUIET.toNanos() || now - start >= LIMIT.toNanos()) {
                break;
            }
        }
        return Duration.ofNanos(clock.getAsLong() - start);
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the JIT to idle", e);
        }
    }
}
