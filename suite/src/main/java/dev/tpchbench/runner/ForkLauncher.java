package dev.tpchbench.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * What JMH starts each fork with: the fork JVM's java under the run's glibc malloc tunables
 * ({@code -Djmh.glibcTunables}), through a two-line script in the run's scratch folder, because JMH
 * gives a fork the runner's environment and Java cannot change its own.
 *
 * <p>The default keeps the native memory a fork frees mapped instead of handing it back to the kernel: on this VM
 * the kernel hands freed pages on to the host and a page touched again costs a fault, so how much kernel time an
 * iteration spent depended on what the fork had freed before. The hand-written import at 1,048,576 rows spread
 * between forks by that kernel time alone (52,000-121,000 faults per iteration; its A/As ±12.8-17.1 %); with the
 * tunables it faulted about 117 times per iteration and an A/A of its 12 forks was ±3.3 %
 * ({@code results/reference/malloc-tunables-20261205/}). The writes' time and spread did not change with them
 * ({@code results/reference/malloc-20261204/}).
 */
public final class ForkLauncher {
    /**
     * Never trim free memory (4 GB), a fixed mmap threshold at glibc's largest (32 MB; the default one moves
     * with what the process freed before) and 64 MB of padding each time a heap grows.
     */
    public static final String DEFAULT_GLIBC_TUNABLES = "glibc.malloc.trim_threshold=4294967296"
            + ":glibc.malloc.mmap_threshold=33554432:glibc.malloc.top_pad=67108864";
    // name=value pairs joined by ':', nothing a shell would read otherwise
    private static final Pattern TUNABLES = Pattern.compile("glibc(\\.[a-z_]+)+=[0-9A-Za-z_]+(:glibc(\\.[a-z_]+)+=[0-9A-Za-z_]+)*");
    private static final String FILE_NAME = "fork-java";
    private static final int PROBE_SECONDS = 30;

    private ForkLauncher() {
    }

    /**
     * The value of {@code -Djmh.glibcTunables}: unset, the default; empty, none (glibc's own behaviour).
     *
     * @throws IllegalArgumentException if it is not {@code glibc.x.y=value[:glibc.x.y=value...]}
     */
    static String tunables(String value) {
        if (value == null) {
            return DEFAULT_GLIBC_TUNABLES;
        }
        String trimmed = value.trim();
        if (!trimmed.isEmpty() && !TUNABLES.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("jmh.glibcTunables takes glibc.<namespace>.<name>=<value> joined by ':', "
                    + "e.g. -Djmh.glibcTunables=" + DEFAULT_GLIBC_TUNABLES + " (the default), or nothing for glibc's "
                    + "defaults (-Djmh.glibcTunables=); got '" + value + "'");
        }
        return trimmed;
    }

    /**
     * The executable JMH starts the forks with: {@code java} itself when {@code tunables} is empty, else a
     * script in {@code folder} that sets {@code GLIBC_TUNABLES} and runs {@code java}; started once here.
     *
     * @throws IllegalArgumentException if the script cannot run (a scratch folder mounted noexec, for one)
     */
    static Path forkExecutable(Path java, String tunables, Path folder) throws IOException {
        if (tunables.isEmpty()) {
            return java;
        }
        Path script = folder.resolve(FILE_NAME);
        Files.writeString(script, script(java, tunables), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        check(script);
        return script;
    }

    static String script(Path java, String tunables) {
        return "#!/bin/sh\n"
                + "# The tpchbench runner's fork launcher: the run's glibc malloc tunables, then the fork JVM.\n"
                + "GLIBC_TUNABLES=" + tunables + "\n"
                + "export GLIBC_TUNABLES\n"
                + "exec " + shellQuoted(java.toString()) + " \"$@\"\n";
    }

    private static String shellQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static void check(Path script) {
        String why;
        try {
            Process process = new ProcessBuilder(script.toString(), "-version").redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                why = "it did not finish within " + PROBE_SECONDS + " s";
            } else if (process.exitValue() != 0) {
                why = "it exited with status " + process.exitValue() + ": " + new String(output, StandardCharsets.UTF_8).strip();
            } else {
                return;
            }
        } catch (IOException e) {
            why = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            why = "interrupted";
        }
        throw new IllegalArgumentException("the fork launcher " + script + " does not start (" + why + "); give a scratch "
                + "folder that allows executables (-Djmh.scratch=DIR), or run without tunables (-Djmh.glibcTunables=)");
    }
}
