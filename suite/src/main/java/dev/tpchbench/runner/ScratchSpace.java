package dev.tpchbench.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.tpchbench.output.ScratchFolders;

/**
 * A run's private scratch folder: datasets written by benchmarks, the forks' temp files (Lance
 * extracts its 181 MB native library there), the raw JMH output and the rejection log. Removed at
 * the end of the run; folders left by runs that were killed are removed by the next run.
 */
final class ScratchSpace implements AutoCloseable {
    static final String PREFIX = "tpchbench-run-";

    private final Path root;

    private ScratchSpace(Path root) {
        this.root = root;
    }

    static ScratchSpace create(Path parent, String runId) throws IOException {
        Path root = ScratchFolders.create(parent, PREFIX + runId);
        Files.createDirectories(root.resolve("data"));
        Files.createDirectories(root.resolve("tmp"));
        return new ScratchSpace(root);
    }

    /** Deletes scratch folders whose owning process is gone; returns how many. */
    static int removeAbandoned(Path parent) throws IOException {
        return ScratchFolders.removeAbandoned(parent, PREFIX);
    }

    Path root() {
        return root;
    }

    /** Where benchmarks create their output datasets (one fresh folder per iteration). */
    Path dataDir() {
        return root.resolve("data");
    }

    /** java.io.tmpdir of the forks. */
    Path tempDir() {
        return root.resolve("tmp");
    }

    /** JMH's JSON of one of the run's JMH invocations (one per iteration shape). */
    Path rawResults(int invocation) {
        return root.resolve("jmh-raw-" + invocation + ".json");
    }

    /** The async profiler's library and raw profiles, before the verified rows' are kept. */
    Path profilerDir() {
        return root.resolve("profiler");
    }

    Path rejectionLog() {
        return root.resolve("rejections.jsonl");
    }

    /** Removes the folder; synchronized, as the shutdown hook and the main thread may both get here. */
    @Override
    public synchronized void close() throws IOException {
        ScratchFolders.delete(root);
    }
}
