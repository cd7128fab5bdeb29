package dev.tpchbench.measure;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Supplier;

import dev.tpchbench.measure.TimedWindow.ThreadKind;

/**
 * An untimed wait until the JVM's own background work has stopped: the JIT compilers' and the collectors'
 * threads ran for at most {@link #QUIET} over one {@link #POLL}. The per-batch classes and the generator end each
 * iteration with it, after their own collection, instead of JMH's collection between iterations, whose fixed idle
 * (polls every 200 ms until the collectors' counts settle: at least 400 ms, 3.0 s of a 13 s fork) was what let the
 * compilations an iteration queued finish before the next one's timed calls; without any idle their forks spread
 * wider (results/reference/gc-perbatch-20261207/, gc-generator-threads-20261207/). At most {@link #CAP}; without
 * /proc it sleeps JMH's 400 ms.
 */
public final class BackgroundQuiet {
    static final Duration POLL = Duration.ofMillis(20);
    static final Duration QUIET = Duration.ofMillis(1);
    static final Duration CAP = Duration.ofSeconds(2);
    static final Duration WITHOUT_PROC = Duration.ofMillis(400);

    /** Sleeps; the tests pass one that only moves their clock. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** A monotonic clock in nanoseconds. */
    interface Clock {
        long nanos();
    }

    private BackgroundQuiet() {
    }

    /** Waits until the compilers and collectors are quiet (or {@link #CAP}); returns how long it waited. */
    public static Duration await() throws InterruptedException {
        return await(() -> TimedWindow.threadCpuOf(EnumSet.of(ThreadKind.JIT, ThreadKind.GC_AND_VM)),
                duration -> Thread.sleep(duration.toMillis()), System::nanoTime);
    }

    /** @param threadCpu CPU ns of each background thread by id, empty where it cannot be read */
    static Duration await(Supplier<Map<Long, Long>> threadCpu, Sleeper sleeper, Clock clock) throws InterruptedException {
        long start = clock.nanos();
        Map<Long, Long> before = threadCpu.get();
        if (before.isEmpty()) {
            sleeper.sleep(WITHOUT_PROC);
            return Duration.ofNanos(clock.nanos() - start);
        }
        while (clock.nanos() - start < CAP.toNanos()) {
            sleeper.sleep(POLL);
            Map<Long, Long> now = threadCpu.get();
            if (ranBetween(before, now) <= QUIET.toNanos()) {
                break;
            }
            before = now;
        }
        return Duration.ofNanos(clock.nanos() - start);
    }

    /** CPU ns the threads of {@code now} ran since {@code before}; a thread new since then ran all of its own. */
    static long ranBetween(Map<Long, Long> before, Map<Long, Long> now) {
        long ran = 0;
        for (Map.Entry<Long, Long> thread : now.entrySet()) {
            ran += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        return ran;
    }
}
