package dev.tpchbench.runner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import dev.tpchbench.results.RunMeta;

/**
 * What a number depends on besides the code: machine, JDK, library versions, git state.
 * Recorded beside every results file so that two runs are only compared when comparable.
 */
public final class Environment {
    private Environment() {
    }

    static RunMeta.Git git(Path root) {
        String sha = command(root, "git", "rev-parse", "HEAD");
        String status = command(root, "git", "status", "--porcelain", "--untracked-files=no");
        return new RunMeta.Git(sha == null ? "unknown" : sha,
                sha == null ? "nogit" : sha.substring(0, Math.min(7, sha.length())),
                status == null ? null : !status.isEmpty());
    }

    static RunMeta.Machine machine() {
        return new RunMeta.Machine(System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"), cpuModel(), Runtime.getRuntime().availableProcessors(), totalMemory());
    }

    /** The runner's own JVM (the forks' may be another, see {@link ForkJvm#toMeta()}). */
    static RunMeta.Jdk jdk() {
        return new RunMeta.Jdk(System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("java.vm.name"), System.getProperty("java.vm.version"), null, null);
    }

    /** Versions of the libraries under test, read from their jars' Maven metadata. */
    public static Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("lance-core", mavenVersion("org.lance", "lance-core"));
        versions.put("arrow", mavenVersion("org.apache.arrow", "arrow-vector"));
        versions.put("arrow-c-data", mavenVersion("org.apache.arrow", "arrow-c-data"));
        versions.put("parquet", mavenVersion("org.apache.parquet", "parquet-hadoop"));
        versions.put("tpch", mavenVersion("io.trino.tpch", "tpch"));
        versions.put("jmh", mavenVersion("org.openjdk.jmh", "jmh-core"));
        return versions;
    }

    static String mavenVersion(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Environment.class.getResourceAsStream(resource)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through
        }
        // Some jars (lance-core) carry no Maven metadata: take the version from the jar's file name.
        String prefix = artifact + "-";
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            String name = Paths.get(entry).getFileName() == null ? "" : Paths.get(entry).getFileName().toString();
            if (name.startsWith(prefix) && name.endsWith(".jar") && Character.isDigit(name.charAt(prefix.length()))) {
                return name.substring(prefix.length(), name.length() - ".jar".length());
            }
        }
        return "unknown";
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch");
    }

    private static Long totalMemory() {
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/meminfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return null;
    }

    /** The trimmed output of a short command, or null if it failed. */
    private static String command(Path dir, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return null;
            }
            return new String(out, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
