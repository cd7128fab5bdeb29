package dev.tpchbench.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Checks the directory a writer writes into. */
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
}
