package dev.tpchbench.measure;

import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The JVM's Native Memory Tracking summary ({@code jcmd PID VM.native_memory summary}), read in-process
 * through the DiagnosticCommand MBean. It counts what the JVM itself allocated (heap, metaspace, code,
 * thread stacks, GC, direct buffers as "Other"); memory that native libraries such as Lance's Rust code
 * take with malloc is not in it, so resident memory minus its total is memory the JVM does not know of.
 * Needs {@code -XX:NativeMemoryTracking=summary}; without it {@link #current()} is empty.
 */
public final class NativeMemorySummary {
    private static final String MBEAN = "com.sun.management:type=DiagnosticCommand";
    // "Total: reserved=2456806KB, committed=1194446KB" and, per category, "-  Java Heap (reserved=..KB, committed=..KB)";
    // jcmd's default scale is KB, -XX:+PrintNMTStatistics prints bytes with no unit.
    private static final String AMOUNT = "(\\d+)(KB|MB|GB)?";
    private static final Pattern TOTAL =
            Pattern.compile("(?m)^Total: reserved=" + AMOUNT + ", committed=" + AMOUNT);
    private static final Pattern CATEGORY =
            Pattern.compile("(?m)^-\\s+(\\S.*?)\\s+\\(reserved=" + AMOUNT + ", committed=" + AMOUNT + "\\)");

    private final long committedBytes;
    private final Map<String, Long> committedByCategory;

    private NativeMemorySummary(long committedBytes, Map<String, Long> committedByCategory) {
        this.committedBytes = committedBytes;
        this.committedByCategory = committedByCategory;
    }

    /** This JVM's summary, or empty if it runs without Native Memory Tracking. */
    public static Optional<NativeMemorySummary> current() {
        String text;
        try {
            text = (String) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(MBEAN), "vmNativeMemory",
                    new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()});
        } catch (JMException e) {
            return Optional.empty();
        }
        return parse(text);
    }

    /** Reads a summary's text; empty if it holds no Total line (NMT off prints only a notice). */
    public static Optional<NativeMemorySummary> parse(String text) {
        Matcher total = TOTAL.matcher(text);
        if (!total.find()) {
            return Optional.empty();
        }
        Map<String, Long> categories = new LinkedHashMap<>();
        Matcher category = CATEGORY.matcher(text);
        while (category.find()) {
            categories.put(category.group(1), bytes(category.group(4), category.group(5)));
        }
        return Optional.of(new NativeMemorySummary(bytes(total.group(3), total.group(4)),
                Collections.unmodifiableMap(categories)));
    }

    private static long bytes(String number, String unit) {
        long value = Long.parseLong(number);
        if (unit == null) {
            return value;
        }
        switch (unit) {
            case "KB":
                return value << 10;
            case "MB":
                return value << 20;
            default:
                return value << 30;
        }
    }

    /** Committed bytes of the Total line: everything the JVM knows it has committed. */
    public long committedBytes() {
        return committedBytes;
    }

    /** Committed bytes of one category such as "Java Heap", "Thread", "Other" (direct buffers), if listed. */
    public OptionalLong committedBytes(String category) {
        Long bytes = committedByCategory.get(category);
        return bytes == null ? OptionalLong.empty() : OptionalLong.of(bytes);
    }

    /** Category name to committed bytes, in the order the summary lists them. */
    public Map<String, Long> committedByCategory() {
        return committedByCategory;
    }
}
