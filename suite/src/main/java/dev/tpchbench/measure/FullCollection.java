package dev.tpchbench.measure;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * A full garbage collection that is over when it returns: every benchmark class runs it at the end of every
 * iteration's untimed teardown, so that one iteration's garbage is not collected inside the next timed one,
 * instead of JMH's {@code -gc true}, which after its {@code System.gc()} polls the collectors every 200 ms
 * until their counts stop moving: at least 400 ms idle per iteration (results/reference/gc-20261203/).
 * With the suite's collectors (G1, or Serial on a small machine) an explicit collection is stop-the-world;
 * if none ran (explicit GC disabled) the fork stops rather than time the next iteration on garbage.
 */
public final class FullCollection {
    private FullCollection() {
    }

    /** Two full collections (the second takes what the first's reference processing freed); refuses if none ran. */
    public static void collect() {
        collect(System::gc, FullCollection::collections);
    }

    static void collect(Runnable gc, LongSupplier collections) {
        long before = collections.getAsLong();
        gc.run();
        gc.run();
        if (collections.getAsLong() == before) {
            throw new IllegalStateException("System.gc() collected nothing (-XX:+DisableExplicitGC?): "
                    + "the next timed iteration would collect this one's garbage");
        }
    }

    /** Collections so far, over every collector that counts them. */
    static long collections() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionCount());
        }
        return total;
    }
}
