package dev.tpchbench.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.tpchbench.digest.ExpectedDigestCache;

/** For the end-to-end tests: what a run left in a scratch parent folder. */
public final class RunLeftovers {
    private RunLeftovers() {
    }

    /** The entries of {@code scratch} other than the expected-digest cache, which outlives every run by design. */
    public static List<Path> in(Path scratch) throws IOException {
        try (Stream<Path> entries = Files.list(scratch)) {
            return entries.filter(p -> !p.getFileName().toString().equals(ExpectedDigestCache.FOLDER_NAME)).toList();
        }
    }
}
