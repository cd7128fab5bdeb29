package dev.tpchbench.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import dev.tpchbench.runner.SuiteJvmFlags;

/**
 * {@code SuiteRunnerMain} in a JVM of its own, as {@code mvn jmh:run} starts it: the test's
 * classpath, the suite's JVM flags, {@code -Djmh.*} knobs. Output (runner and JMH) goes to a file.
 */
final class SuiteProcess {
    final Process process;
    final Path log;

    private SuiteProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Smoke-preset knobs writing into {@code dir/results} and {@code dir/scratch}; {@code extra} overrides. */
    static Map<String, String> knobs(Path dir, String... extra) {
        Map<String, String> knobs = new TreeMap<>();
        knobs.put("jmh.preset", "smoke");
        knobs.put("jmh.label", "test");
        knobs.put("jmh.results", dir.resolve("results").toString());
        knobs.put("jmh.scratch", dir.resolve("scratch").toString());
        for (int i = 0; i < extra.length; i += 2) {
            knobs.put(extra[i], extra[i + 1]);
        }
        return knobs;
    }

    static SuiteProcess start(Path dir, Map<String, String> knobs) throws IOException {
        List<String> command = new ArrayList<>();
        // A JVM started with SIGINT ignored (as by a shell's '&') keeps ignoring it; give it the default.
        command.add("env");
        command.add("--default-signal=INT");
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(SuiteJvmFlags.forJvm(Runtime.version().feature()));
        command.add("-Xmx512m");
        // JMH's machine-wide lock is respected: a test run must never silently disturb a measurement.
        command.add("-Dsuite.root=" + System.getProperty("suite.root", "."));
        knobs.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.tpchbench.runner.SuiteRunnerMain");
        Path log = Files.createTempFile(dir, "runner-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new SuiteProcess(process, log);
    }

    /** Runs to the end (at most {@code minutes}) and returns the exit status. */
    static Finished run(Path dir, Map<String, String> knobs, int minutes) throws Exception {
        SuiteProcess started = start(dir, knobs);
        return started.waitFor(minutes);
    }

    Finished waitFor(int minutes) throws Exception {
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("runner still running after " + minutes + " min:\n" + output());
        }
        return new Finished(process.exitValue(), output());
    }

    /** Waits until the output contains {@code text}, e.g. a JMH iteration line: the fork is measuring. */
    void awaitOutput(String text, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!output().contains(text)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("'" + text + "' never appeared:\n" + output());
            }
            Thread.sleep(100);
        }
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** What a finished runner left: its exit status and everything it printed. */
    record Finished(int exitCode, String output) {
    }

    /** A signal sent the way a terminal or a CI job would ({@code Process.destroy()} sends only SIGTERM). */
    static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + signal + " " + pid + " failed");
        }
    }
}
