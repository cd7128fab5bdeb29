package dev.tpchbench.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Checks and measures the directory a writer writes into. */
final class WriteTarget {
    private WriteTarget() {
    }

    /** Creates {@code target} if absent; refuses an existing file or a non-empty directory. */
    static void prepareEmpty(Path target) throws IOException {
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new IOException("write target " + target + " exists and is not a directory");
            }
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("write target " + target
                            + " is not empty: refusing to write into leftovers of an earlier write");
                }
            }
        } else {
            Files.createDirectories(target);
        }
    }

    /** Total size of the regular files under {@code target}, metadata files included. */
    static long bytesOnDisk(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(target)) {
            return files.filter(Files::isRegularFile).mapToLong(WriteTarget::size).sum();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
