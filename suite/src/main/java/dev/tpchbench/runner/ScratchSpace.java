package dev.tpchbench.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.tpchbench.output.OutputDirs;

/**
 * A run's private scratch folder: datasets written by benchmarks, the forks' temp files (Lance
 * extracts its 181 MB native library there), the raw JMH output and the rejection log. Removed at
 * the end of the run; folders left by runs that were killed are removed by the next run.
 */
final class ScratchSpace implements AutoCloseable {
    static final String PREFIX = "tpchbench-run-";
    private static final String OWNER_FILE = "owner.pid";

    private final Path root;

    private ScratchSpace(Path root) {
        this.root = root;
    }

    static ScratchSpace create(Path parent, String runId) throws IOException {
        Files.createDirectories(parent);
        Path root = Files.createDirectory(parent.resolve(PREFIX + runId));
        Files.writeString(root.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()),
                StandardCharsets.UTF_8);
        Files.createDirectories(root.resolve("data"));
        Files.createDirectories(root.resolve("tmp"));
        return new ScratchSpace(root);
    }

    /** Deletes scratch folders whose owning process is gone; returns how many. */
    static int removeAbandoned(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path dir : dirs) {
                if (Files.isDirectory(dir) && !ownerAlive(dir)) {
                    OutputDirs.deleteTree(dir);
                    removed++;
                }
            }
        }
        return removed;
    }

    private static boolean ownerAlive(Path dir) {
        try {
            long pid = Long.parseLong(Files.readString(dir.resolve(OWNER_FILE), StandardCharsets.UTF_8).trim());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
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

    Path rejectionLog() {
        return root.resolve("rejections.jsonl");
    }

    /**
     * Removes the folder. Synchronized and repeated: on Ctrl-C the shutdown hook and the main thread
     * may both get here while a dying fork still writes, and one pass can meet files that vanish or
     * appear under it.
     */
    @Override
    public synchronized void close() throws IOException {
        IOException failure = null;
        for (int attempt = 0; attempt < 5 && Files.exists(root); attempt++) {
            try {
                OutputDirs.deleteTree(root);
            } catch (IOException e) {
                failure = e;
                pause();
            }
        }
        if (Files.exists(root) && failure != null) {
            throw failure;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
