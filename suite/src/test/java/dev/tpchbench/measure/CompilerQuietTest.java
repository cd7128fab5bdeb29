package dev.tpchbench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class CompilerQuietTest {
    private static final long POLL = 5_000_000L;

    /** A clock that moves one poll per pause, and a compiler that works at {@code busyShare} of a core until {@code busyUntil}. */
    private static Duration waitFor(double busyShare, long busyUntil) {
        AtomicLong now = new AtomicLong();
        return CompilerQuiet.await(() -> busyShare * Math.min(now.get(), busyUntil), now::get, () -> now.addAndGet(POLL));
    }

    @Test
    void anIdleCompilerIsWaitedForOneQuietStretch() {
        assertEquals(CompilerQuiet.QUIET, waitFor(0, 0));
    }

    @Test
    void aBusyCompilerIsWaitedForUntilItHasBeenQuietAStretch() {
        // Busy at a whole core for 300 ms, then idle: quiet from 300 ms (the first poll without work) for 50 ms.
        assertEquals(Duration.ofMillis(350), waitFor(1.0, 300_000_000L));
    }

    @Test
    void aCompilerThatNeverIdlesIsWaitedForUpToTheLimit() {
        assertEquals(CompilerQuiet.LIMIT, waitFor(0.5, Long.MAX_VALUE));
    }

    @Test
    void workBelowTheIdleShareCountsAsQuiet() {
        assertEquals(CompilerQuiet.QUIET, waitFor(CompilerQuiet.IDLE_SHARE / 2, Long.MAX_VALUE));
    }

    @Test
    void withoutReadingsItDoesNotWait() {
        AtomicLong now = new AtomicLong();
        assertEquals(Duration.ZERO, CompilerQuiet.await(() -> Double.NaN, now::get, () -> now.addAndGet(POLL)));
    }
}
