package dev.tpchbench.measure;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where a timed window's wall time went, seen from the thread that ran it: on a core ({@code cpu}, of it
 * {@code system} in the kernel, in 10 ms ticks, such as serving the page {@code faults} it counts), runnable but
 * waiting for one ({@code wait}, the scheduler's run delay: another thread or process had the core), or neither
 * ({@code stopped}: blocked, at a safepoint while the JVM collects, in a page fault's I/O); and what the process's other threads ran
 * meanwhile: the whole process's CPU (threads that ended inside the window included), and by kind the threads
 * alive at its end, with the collectors' own count of their time.
 *
 * <p>The window's own thread takes {@link #open()} and {@link #close} itself. CPU comes from the JVM (exact for
 * the running thread); run delay and the other threads' CPU from Linux's {@code /proc/self/task/TID/schedstat}
 * (a running thread's CPU there lags by at most a scheduler tick; a thread that ended inside the window is not
 * counted). Where /proc is missing, those readings are NaN, never a guess. {@link #close} reads the run delay just
 * after the wall clock, so a preemption in between counts as wait outside the wall time: {@code stopped} can then
 * be a little below zero.
 */
public final class TimedWindow {
    /** What the process's other threads are, by the name Linux gives them ({@code comm}, 15 characters). */
    public enum ThreadKind {
        /** HotSpot's VM thread (safepoint operations, the Serial collector's work) and the collectors' threads. */
        GC_AND_VM,
        /** The JIT compilers. */
        JIT,
        /** Everything else: native libraries' threads, JMH's, the JVM's service threads. */
        OTHER;

        /** The kind of a thread from its {@code comm}. */
        public static ThreadKind of(String comm) {
            if (comm.equals("VM Thread") || comm.startsWith("GC Thread") || comm.startsWith("G1 ")
                    || comm.startsWith("GC ")) {
                return GC_AND_VM;
            }
            if (comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre")) {
                return JIT;
            }
            return OTHER;
        }
    }

    /**
     * One window's readings, in nanoseconds; the /proc ones NaN where it is missing.
     * {@code stopped} is the wall time neither on a core nor waiting for one.
     */
    public record Anatomy(double wallNanos, double cpuNanos, double systemNanos, double waitNanos, double faults,
                          double gcNanos, double processCpuNanos, Map<ThreadKind, Double> otherThreadsCpuNanos) {
        public double stoppedNanos() {
            return wallNanos - cpuNanos - waitNanos;
        }
    }

    private static final Path TASKS = Paths.get("/proc/self/task");
    private static final Path THREAD_SELF = Paths.get("/proc/thread-self");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** /proc counts CPU in USER_HZ ticks, 100 a second on every Linux the JDK runs on. */
    private static final double NANOS_PER_TICK = 1e7;

    static final int WARM_UP_LAPS = 200;

    private final Map<Long, Long> othersAtOpen = new HashMap<>();
    private long ownTid;
    private double waitAtOpen;
    private long cpuAtOpen;
    private double[] statAtOpen;
    private long gcAtOpen;
    private long processAtOpen;
    private long wallAtOpen;
    private boolean open;

    /**
     * Laps of {@link #open} and {@link #close} for the trial's set-up, so that the window's own reading of /proc
     * is compiled before the measured iterations: otherwise its compilation ran beside their timed calls
     * (results/reference/anatomy-20261205/).
     */
    public void warmUp() {
        for (int lap = 0; lap < WARM_UP_LAPS; lap++) {
            open();
            close();
        }
    }

    /** Starts the window: the last thing before the timed work, on its thread. */
    public void open() {
        othersAtOpen.clear();
        ownTid = ownTid();
        if (ownTid > 0) {
            othersAtOpen.putAll(othersCpu(ownTid, new HashMap<>()));
        }
        gcAtOpen = collectorMillis();
        processAtOpen = processCpu();
        statAtOpen = ownStat();
        waitAtOpen = ownWait();
        cpuAtOpen = THREADS.getCurrentThreadCpuTime();
        wallAtOpen = System.nanoTime();
        open = true;
    }

    /** Ends the window on the thread that opened it: the first thing after the timed work. */
    public Anatomy close() {
        if (!open) {
            throw new IllegalStateException("TimedWindow.close() without open()");
        }
        long wall = System.nanoTime() - wallAtOpen;
        long cpuNow = THREADS.getCurrentThreadCpuTime();
        double wait = ownWait() - waitAtOpen;
        double[] stat = ownStat();
        long gc = collectorMillis() - gcAtOpen;
        long processNow = processCpu();
        open = false;
        // -1 where the JVM cannot measure a thread's CPU.
        double cpu = cpuNow < 0 || cpuAtOpen < 0 ? Double.NaN : cpuNow - cpuAtOpen;
        Map<ThreadKind, Double> others = new EnumMap<>(ThreadKind.class);
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> now = ownTid > 0 ? othersCpu(ownTid, names) : Map.of();
        for (ThreadKind kind : ThreadKind.values()) {
            others.put(kind, now.isEmpty() ? Double.NaN : 0.0);
        }
        // A thread started inside the window ran all its CPU there.
        now.forEach((tid, nanos) -> others.merge(ThreadKind.of(names.get(tid)),
                (double) (nanos - othersAtOpen.getOrDefault(tid, 0L)), Double::sum));
        double process = processNow < 0 || processAtOpen < 0 ? Double.NaN : processNow - processAtOpen;
        return new Anatomy(wall, cpu, (stat[1] - statAtOpen[1]) * NANOS_PER_TICK, wait, stat[0] - statAtOpen[0],
                gc * 1e6, process, others);
    }

    /** The three numbers of a schedstat file: CPU ns, run delay ns, time slices. */
    public static long[] parseSchedstat(String text) {
        String[] fields = text.trim().split("\\s+");
        if (fields.length < 3) {
            throw new IllegalArgumentException("schedstat needs 3 numbers: '" + text.trim() + "'");
        }
        return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1]), Long.parseLong(fields[2])};
    }

    /**
     * Page faults (minor plus major) and system CPU in clock ticks from the text of a /proc/.../stat file (fields
     * 10, 12 and 15, counted after the name in parentheses, which may itself hold spaces and parentheses).
     */
    public static long[] parseStat(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        if (fields.length < 13) {
            throw new IllegalArgumentException("stat too short for faults and system time: '" + stat.trim() + "'");
        }
        return new long[] {Long.parseLong(fields[7]) + Long.parseLong(fields[9]), Long.parseLong(fields[12])};
    }

    /** CPU ns so far of each live thread of this process of the given kinds, by thread id; empty where /proc is missing. */
    static Map<Long, Long> threadCpuOf(Set<ThreadKind> kinds) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> cpu = new HashMap<>(othersCpu(-1, names));
        cpu.keySet().removeIf(tid -> !kinds.contains(ThreadKind.of(names.get(tid))));
        return cpu;
    }

    /** Linux's id of the calling thread, from /proc/thread-self (a link to "PID/task/TID"), or -1. */
    private static long ownTid() {
        try {
            return Long.parseLong(Files.readSymbolicLink(THREAD_SELF).getFileName().toString());
        } catch (IOException | UnsupportedOperationException | SecurityException | NumberFormatException e) {
            return -1;
        }
    }

    private static double ownWait() {
        String text = read(THREAD_SELF.resolve("schedstat"));
        return text == null ? Double.NaN : parseSchedstat(text)[1];
    }

    /** Faults and system ticks of the calling thread, NaN where /proc is missing. */
    private static double[] ownStat() {
        String text = read(THREAD_SELF.resolve("stat"));
        if (text == null) {
            return new double[] {Double.NaN, Double.NaN};
        }
        long[] stat = parseStat(text);
        return new double[] {stat[0], stat[1]};
    }

    /** CPU ns of every thread of this process but {@code ownTid}, with their names into {@code names}. */
    private static Map<Long, Long> othersCpu(long ownTid, Map<Long, String> names) {
        Map<Long, Long> cpu = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                long tid = Long.parseLong(task.getFileName().toString());
                String stat = read(task.resolve("schedstat"));
                String comm = read(task.resolve("comm"));
                if (tid != ownTid && stat != null && comm != null) {
                    cpu.put(tid, parseSchedstat(stat)[0]);
                    names.put(tid, comm.strip());
                }
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Map.of();
        }
        return cpu;
    }

    /** A small /proc file, or null if it is gone (a thread that ended) or missing. */
    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    /** The whole process's CPU ns, threads that ended included; -1 where the JVM cannot say. */
    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static long collectorMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }
}
