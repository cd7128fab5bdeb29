package dev.tpchbench.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scratch folders marked with the process that made them (a run's, an A/B run's), so that a later
 * run can tell a folder left by a killed run from one still in use, and remove it.
 */
public final class ScratchFolders {
    private static final String OWNER_FILE = "owner.pid";
    private static final int DELETE_ATTEMPTS = 5;

    private ScratchFolders() {
    }

    /** Creates {@code parent/name}, which must not exist yet, owned by this process. */
    public static Path create(Path parent, String name) throws IOException {
        Files.createDirectories(parent);
        Path root = Files.createDirectory(parent.resolve(name));
        Files.writeString(root.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
        return root;
    }

    /** Deletes the folders {@code prefix*} in {@code parent} whose owning process is gone; returns how many. */
    public static int removeAbandoned(Path parent, String prefix) throws IOException {
        if (!Files.isDirectory(parent)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, prefix + "*")) {
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

    /**
     * Removes {@code root}, repeating: on Ctrl-C a shutdown hook and the main thread may both get here
     * while a dying child still writes, and one pass can meet files that vanish or appear under it.
     */
    public static void delete(Path root) throws IOException {
        IOException failure = null;
        for (int attempt = 0; attempt < DELETE_ATTEMPTS && Files.exists(root); attempt++) {
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
