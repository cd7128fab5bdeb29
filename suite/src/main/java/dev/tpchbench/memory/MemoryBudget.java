package dev.tpchbench.memory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.OptionalLong;

import com.sun.management.HotSpotDiagnosticMXBean;

import dev.tpchbench.results.Numbers;

/**
 * How much Arrow memory a path may use here: the smaller of what the machine has free
 * ({@code MemAvailable} in {@code /proc/meminfo}) and what this JVM may allocate off the heap (its max
 * direct memory, which bounds Arrow's Netty allocator, the one the suite's forks use). Both are kept,
 * so a refusal can say which one decided.
 */
public final class MemoryBudget {
    private static final Path MEMINFO = Paths.get("/proc/meminfo");

    private final OptionalLong memAvailable;
    private final long maxDirectMemory;
    private final String directSource;

    /**
     * @param memAvailable   bytes the machine has available, empty where {@code /proc/meminfo} is missing
     * @param maxDirectMemory bytes of direct memory this JVM may allocate
     * @param directSource   where that limit comes from, e.g. {@code -XX:MaxDirectMemorySize}
     */
    public MemoryBudget(OptionalLong memAvailable, long maxDirectMemory, String directSource) {
        this.memAvailable = memAvailable;
        this.maxDirectMemory = maxDirectMemory;
        this.directSource = directSource;
    }

    /** This JVM's budget, read now (MemAvailable changes as other processes run). */
    public static MemoryBudget ofThisJvm() {
        OptionalLong available = OptionalLong.empty();
        try {
            available = memAvailable(new String(Files.readAllBytes(MEMINFO), StandardCharsets.US_ASCII));
        } catch (IOException notLinux) {
            // only the JVM's own limit is known
        }
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        long configured = Long.parseLong(hotspot.getVMOption("MaxDirectMemorySize").getValue());
        // 0 means unset: the JVM then allows as much direct memory as the max heap.
        return configured > 0
                ? new MemoryBudget(available, configured, "-XX:MaxDirectMemorySize")
                : new MemoryBudget(available, Runtime.getRuntime().maxMemory(),
                        "no -XX:MaxDirectMemorySize, so the max heap");
    }

    /** {@code MemAvailable} of a {@code /proc/meminfo} text, in bytes; empty if it has none. */
    static OptionalLong memAvailable(String meminfo) {
        for (String line : meminfo.split("\n")) {
            if (line.startsWith("MemAvailable:")) {
                String[] fields = line.substring("MemAvailable:".length()).trim().split("\\s+");
                long value = Long.parseLong(fields[0]);
                return OptionalLong.of(fields.length > 1 && fields[1].equals("kB") ? value * 1024 : value);
            }
        }
        return OptionalLong.empty();
    }

    /** The bytes a path may use: the smaller of the two limits. */
    public long bytes() {
        return memAvailable.isPresent() ? Math.min(memAvailable.getAsLong(), maxDirectMemory) : maxDirectMemory;
    }

    /** Both limits, the deciding one first, e.g. {@code 8.0 GiB of direct memory (...); MemAvailable ...}. */
    public String describe() {
        String direct = gib(maxDirectMemory) + " of direct memory for this JVM (" + directSource + ")";
        if (memAvailable.isEmpty()) {
            return direct + "; no /proc/meminfo to say what the machine has free";
        }
        String machine = gib(memAvailable.getAsLong()) + " MemAvailable in /proc/meminfo";
        return memAvailable.getAsLong() < maxDirectMemory
                ? machine + " (this JVM may use " + gib(maxDirectMemory) + " of direct memory, " + directSource + ")"
                : direct + " (the machine has " + machine + ")";
    }

    /** {@code 8.0 GiB}; under 1 GiB in MiB ({@code 205 MiB}), so a small size never reads as 0.0 GiB. */
    static String gib(long bytes) {
        return bytes >= 1L << 30 ? Numbers.fixed(bytes / (double) (1L << 30), 1) + " GiB"
                : Numbers.fixed(bytes / (double) (1L << 20), 0) + " MiB";
    }
}
