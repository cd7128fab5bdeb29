package dev.tpchbench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tpchbench.measure.TimedWindow.ThreadKind;

class BackgroundQuietTest {
    /** A fake clock that only the fake sleeps move, and the background threads' readings in turn. */
    private static final class Fake {
        long nanos;
        final Deque<Map<Long, Long>> readings;

        Fake(List<Map<Long, Long>> readings) {
            this.readings = new ArrayDeque<>(readings);
        }

        Duration await() throws InterruptedException {
            return BackgroundQuiet.await(() -> readings.size() > 1 ? readings.poll() : readings.peek(),
                    duration -> nanos += duration.toNanos(), () -> nanos);
        }
    }

    private static final long MS = 1_000_000;

    @Test
    void waitsWhileTheCompilersRunAndStopsAtTheFirstQuietPoll() throws InterruptedException {
        // A compiler thread busy for two polls, then idle: three polls of 20 ms.
        Fake fake = new Fake(List.of(Map.of(1L, 0L), Map.of(1L, 18 * MS), Map.of(1L, 36 * MS), Map.of(1L, 36 * MS)));
        assertEquals(Duration.ofMillis(60), fake.await());
    }

    @Test
    void anAlreadyQuietMachineCostsOnePoll() throws InterruptedException {
        Fake fake = new Fake(List.of(Map.of(1L, 5 * MS, 2L, 7 * MS)));
        assertEquals(BackgroundQuiet.POLL, fake.await());
    }

    @Test
    void neverWaitsLongerThanTheCap() throws InterruptedException {
        // A compiler that never stops: 15 ms of every 20 ms poll.
        long[] clock = {0};
        long[] cpu = {0};
        Duration waited = BackgroundQuiet.await(() -> Map.of(1L, cpu[0] += 15 * MS), duration -> clock[0] += duration.toNanos(),
                () -> clock[0]);
        assertEquals(BackgroundQuiet.CAP, waited);
    }

    @Test
    void withoutProcItSleepsAsJmhWould() throws InterruptedException {
        Fake fake = new Fake(List.of(Map.of()));
        assertEquals(BackgroundQuiet.WITHOUT_PROC, fake.await());
    }

    @Test
    void aThreadThatEndedDoesNotHideTheWorkOfOneThatStarted() {
        // Compiler thread 1 ended; thread 2 started and ran 10 ms: busy, although the sum of CPU fell.
        assertEquals(10 * MS, BackgroundQuiet.ranBetween(Map.of(1L, 50 * MS), Map.of(2L, 10 * MS)));
        assertEquals(3 * MS, BackgroundQuiet.ranBetween(Map.of(1L, 50 * MS, 2L, 4 * MS), Map.of(1L, 53 * MS, 2L, 4 * MS)));
    }

    @Test
    void readsThisJvmsCompilerAndCollectorThreadsOnLinux() {
        Map<Long, Long> threads = TimedWindow.threadCpuOf(EnumSet.of(ThreadKind.JIT, ThreadKind.GC_AND_VM));
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertFalse(threads.isEmpty(), "a HotSpot JVM on Linux has a VM thread and compiler threads");
            assertTrue(threads.values().stream().allMatch(nanos -> nanos >= 0));
        } else {
            assertTrue(threads.isEmpty());
        }
    }
}
