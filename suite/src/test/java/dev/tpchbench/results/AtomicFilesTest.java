package dev.tpchbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @Test
    void writesTheWholeFileReadableByAllAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("sub/run.json");
        AtomicFiles.writeString(target, "[1]");
        AtomicFiles.writeString(target, "[1, 2]");

        assertEquals("[1, 2]", Files.readString(target));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(AtomicFiles.TEMP_SUFFIX)));
        }
    }
}
