package dev.tpchbench.fault;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

import org.lance.JniLoader;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.write.DatasetWriter;
import dev.tpchbench.write.WriteResult;

/**
 * Fills the target's file system until {@value #LEFT_FREE} bytes are left, then lets the real
 * writer run out of space part way through; the ballast is removed afterwards. Only on a small
 * file system (a test's tmpfs): it refuses to fill a real disk.
 */
final class DiskFillingWriter implements DatasetWriter {
    static final long LEFT_FREE = 32 * 1024;
    static final long LARGEST_FILLABLE = 1L << 30;
    private static final int CHUNK = 1 << 20;

    private final DatasetWriter writer;

    DiskFillingWriter(DatasetWriter writer) {
        this.writer = writer;
    }

    @Override
    public String describe() {
        return writer.describe() + " on a full disk";
    }

    @Override
    public WriteResult write(ArrowTable table, Path target) throws IOException {
        Path folder = target.getParent();
        FileStore store = Files.getFileStore(folder);
        if (store.getTotalSpace() > LARGEST_FILLABLE) {
            throw new IllegalStateException("DISK_FULL fills only a file system under 1 GiB (a test's tmpfs); "
                    + folder + " is on " + store + " of " + store.getTotalSpace() + " bytes");
        }
        Path ballast = folder.resolve("ballast");
        // Arrow's C Data and Lance's native libraries are extracted into the temp folder on first
        // use, on this same file system: load them first, so that the space runs out in the write.
        org.apache.arrow.c.jni.JniLoader.get().ensureLoaded();
        JniLoader.ensureLoaded();
        try {
            fill(ballast, store);
            return writer.write(table, target);
        } finally {
            Files.deleteIfExists(ballast);
        }
    }

    private static void fill(Path ballast, FileStore store) throws IOException {
        byte[] chunk = new byte[CHUNK];
        try (OutputStream out = Files.newOutputStream(ballast)) {
            long room;
            while ((room = store.getUsableSpace() - LEFT_FREE) > 0) {
                out.write(chunk, 0, (int) Math.min(CHUNK, room));
                out.flush();
            }
        } catch (IOException full) {
            // no space left before LEFT_FREE was reached: full is what we want
        }
    }
}
