package dev.tpchbench.tpch;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that generate TPC-H parts: one set for the JVM, shared by every {@link TpchBatchStream}.
 *
 * <p>Why not a pool per stream: each new thread starts the memory allocator's per-thread state afresh (the
 * Netty arena and caches Arrow's pooled allocator binds to a thread, the C library's malloc arena). With a
 * pool per stream, a lineitem generation spent about half its time in page faults of fresh allocator chunks
 * and ran twice as slow for a fork's first five iterations (nine without JMH's collection between them);
 * results/reference/generator-threads-20261207/.
 *
 * <p>Parts never block on their consumer (each writes to its own unbounded queue), so streams open at
 * once cannot deadlock on these threads; they only share them.
 */
final class GeneratorThreads {
    /** As many as the machine has processors: the parts are pure CPU work. */
    static final int COUNT = Runtime.getRuntime().availableProcessors();

    /** Daemon threads named {@code tpch-generator-N}, started on first use and never stopped. */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(COUNT, new NamedDaemons());

    private GeneratorThreads() {
    }

    static void execute(Runnable part) {
        POOL.execute(part);
    }

    private static final class NamedDaemons implements ThreadFactory {
        private final AtomicInteger started = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "tpch-generator-" + started.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
