package dev.tpchbench.measure;

import java.time.Duration;

/**
 * An untimed warm-up before JMH's own iterations, for operations of microseconds: JMH's warm-up
 * counts calls, and the JIT needs tens of thousands of calls of a short operation before its timing
 * stops drifting, while a long operation is compiled (through its loops) after a few. So: repeat
 * laps of calls until {@code minCalls} calls were made or {@code maxTime} has passed.
 */
public final class WarmUp {
    private WarmUp() {
    }

    /** Runs {@code lap} (which makes {@code callsPerLap} calls) until either limit is reached; returns the calls made. */
    public static long repeat(Runnable lap, int callsPerLap, long minCalls, Duration maxTime) {
        long deadline = System.nanoTime() + maxTime.toNanos();
        long calls = 0;
        do {
            lap.run();
            calls += callsPerLap;
        } while (calls < minCalls && System.nanoTime() < deadline);
        return calls;
    }
}
