package dev.tpchbench.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tpchbench.results.RunMeta;

/**
 * The JVM the benchmarks run in: this one, or the one given with {@code -Djmh.jvm}, asked for its
 * properties before any benchmark runs. Its version decides the fork flags and is what a run records.
 */
public final class ForkJvm {
    /** The suite's class files are compiled for this release. */
    static final int MIN_FEATURE = 17;
    private static final int PROBE_SECONDS = 30;
    // -XshowSettings:properties prints "    name = value"; continuation lines are indented further.
    private static final Pattern PROPERTY = Pattern.compile("^ {4}([^ =]+) = (.*)$");

    private final Path java;
    private final String home;
    private final String version;
    private final String vendor;
    private final String vmName;
    private final String vmVersion;
    private final int feature;

    ForkJvm(Path java, String home, String version, String vendor, String vmName, String vmVersion, int feature) {
        this.java = java;
        this.home = home;
        this.version = version;
        this.vendor = vendor;
        this.vmName = vmName;
        this.vmVersion = vmVersion;
        this.feature = feature;
    }

    /** This JVM (the runner's), which JMH forks by default. */
    public static ForkJvm current() {
        String home = System.getProperty("java.home");
        return new ForkJvm(Paths.get(home, "bin", "java"), home, System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"), Runtime.version().feature());
    }

    /**
     * Starts {@code java -XshowSettings:properties -version} and reads what it says about itself.
     *
     * @throws IllegalArgumentException if it does not start, fails, or is older than Java 17
     */
    public static ForkJvm probe(Path java) {
        String output;
        int exit;
        try {
            Process process = new ProcessBuilder(java.toString(), "-XshowSettings:properties", "-version")
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] bytes = process.getInputStream().readAllBytes();
            if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw refused(java, "it did not finish within " + PROBE_SECONDS + " s");
            }
            output = new String(bytes, StandardCharsets.UTF_8);
            exit = process.exitValue();
        } catch (IOException e) {
            throw refused(java, "it could not be started: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused(java, "interrupted while asking it for its version");
        }
        if (exit != 0) {
            throw refused(java, "'" + java + " -version' exited with status " + exit + ": " + firstLines(output));
        }
        return parse(java, output);
    }

    /** Reads the output of {@code -XshowSettings:properties -version}. */
    static ForkJvm parse(Path java, String output) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String line : output.split("\\R")) {
            Matcher m = PROPERTY.matcher(line);
            if (m.matches()) {
                properties.put(m.group(1), m.group(2).trim());
            }
        }
        String specification = properties.get("java.specification.version");
        String version = properties.get("java.version");
        if (specification == null || version == null) {
            throw refused(java, "it printed no java.version / java.specification.version: " + firstLines(output));
        }
        int feature;
        try {
            // "1.8" before Java 9, "17", "25" since
            feature = specification.startsWith("1.") ? Integer.parseInt(specification.substring(2))
                    : Integer.parseInt(specification);
        } catch (NumberFormatException e) {
            throw refused(java, "unreadable java.specification.version '" + specification + "'");
        }
        if (feature < MIN_FEATURE) {
            throw refused(java, "it is Java " + version + "; the suite is compiled for Java " + MIN_FEATURE + " or later");
        }
        return new ForkJvm(java, properties.getOrDefault("java.home", ""), version,
                properties.getOrDefault("java.vendor", ""), properties.getOrDefault("java.vm.name", ""),
                properties.getOrDefault("java.vm.version", ""), feature);
    }

    private static IllegalArgumentException refused(Path java, String why) {
        return new IllegalArgumentException("jmh.jvm " + java + " cannot run the benchmarks: " + why
                + "; give the java executable of a JDK 17 or later, e.g. -Djmh.jvm=/usr/lib/jvm/<jdk>/bin/java");
    }

    private static String firstLines(String output) {
        String trimmed = output.strip();
        return trimmed.length() <= 300 ? "'" + trimmed + "'" : "'" + trimmed.substring(0, 300) + "...'";
    }

    /** The java executable that starts each fork. */
    public Path java() {
        return java;
    }

    public String version() {
        return version;
    }

    public String vendor() {
        return vendor;
    }

    /** Feature release: 17, 21, 25. */
    public int feature() {
        return feature;
    }

    /** What the run's metadata records as "jdk": the JVM the numbers were measured in. */
    public RunMeta.Jdk toMeta() {
        return new RunMeta.Jdk(version, vendor, vmName, vmVersion, home, java.toString());
    }
}
