package dev.tpchbench.runner;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.ExternalProfiler;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;

/**
 * Keeps every fork's flame graphs. JMH's async profiler names its folder after the benchmark x parameter
 * set only ({@code <dir>/<BenchmarkParams.id()>/flame-<event>-forward.html}), so each fork of a row writes
 * the same files and the last fork's overwrite the others'. JMH calls {@link #afterTrial} in the runner's
 * JVM after each fork, once the fork has written its files and exited; they are moved into
 * {@code <row>/fork-N/}, N as JMH's "# Fork: N of M". A warmup fork's files are deleted: its results are too.
 *
 * <p>Given to JMH as {@code -prof dev.tpchbench.runner.PerForkProfiles:dir=<the async profiler's dir>},
 * after {@code async}. JMH also creates it in each fork, where it does nothing (it is no internal profiler).
 */
public final class PerForkProfiles implements ExternalProfiler {
    static final String FORK_PREFIX = "fork-";
    private static final String DIR = "dir=";

    private final Path dir;
    /** Forks of this row so far: JMH creates its external profilers once per benchmark x parameter set. */
    private int trials;

    public PerForkProfiles(String initLine) throws ProfilerException {
        if (initLine == null || !initLine.startsWith(DIR) || initLine.length() == DIR.length()) {
            throw new ProfilerException("PerForkProfiles needs dir=<the async profiler's dir>, got '" + initLine + "'");
        }
        dir = Path.of(initLine.substring(DIR.length()));
    }

    /** The options JMH gets for this profiler. */
    static String options(Path asyncDir) {
        return DIR + asyncDir;
    }

    Path dir() {
        return dir;
    }

    /**
     * Moves the files the fork wrote directly into {@code trialDir} into its fork folder.
     *
     * @param trial       1 for the first fork of the row, warmup forks included, as JMH runs them
     * @param warmupForks how many of the first trials are warmup forks
     * @return the fork folder, or null when there was nothing to keep
     */
    static Path keep(Path trialDir, int trial, int warmupForks) throws IOException {
        if (!Files.isDirectory(trialDir)) {
            return null;
        }
        List<Path> written;
        try (Stream<Path> files = Files.list(trialDir)) {
            written = files.filter(Files::isRegularFile).sorted().toList();
        }
        if (trial <= warmupForks) {
            for (Path file : written) {
                Files.delete(file);
            }
            return null;
        }
        if (written.isEmpty()) {
            return null;
        }
        Path fork = Files.createDirectories(trialDir.resolve(forkFolder(trial - warmupForks)));
        for (Path file : written) {
            Files.move(file, fork.resolve(file.getFileName().toString()));
        }
        return fork;
    }

    static String forkFolder(int fork) {
        return FORK_PREFIX + fork;
    }

    @Override
    public Collection<? extends Result> afterTrial(BenchmarkResult result, long pid, File stdOut, File stdErr) {
        BenchmarkParams params = result.getParams();
        trials++;
        try {
            keep(dir.resolve(ProfileFolders.asyncFolder(params.id())), trials, params.getWarmupForks());
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the flame graphs of trial " + trials + " of " + params.id(),
                    e);
        }
        return List.of();
    }

    @Override
    public void beforeTrial(BenchmarkParams params) {
    }

    @Override
    public Collection<String> addJVMInvokeOptions(BenchmarkParams params) {
        return List.of();
    }

    @Override
    public Collection<String> addJVMOptions(BenchmarkParams params) {
        return List.of();
    }

    @Override
    public boolean allowPrintOut() {
        return true;
    }

    @Override
    public boolean allowPrintErr() {
        return true;
    }

    @Override
    public String getDescription() {
        return "keeps each fork's async-profiler flame graphs in its own folder";
    }
}
