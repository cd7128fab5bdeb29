package dev.tpchbench.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirsTest {
    @TempDir
    Path temp;
    private String previousScratch;

    @BeforeEach
    void scratchUnderTemp() {
        previousScratch = System.getProperty(OutputDirs.SCRATCH_PROPERTY);
        System.setProperty(OutputDirs.SCRATCH_PROPERTY, temp.resolve("scratch").toString());
    }

    @AfterEach
    void restoreScratch() {
        if (previousScratch == null) {
            System.clearProperty(OutputDirs.SCRATCH_PROPERTY);
        } else {
            System.setProperty(OutputDirs.SCRATCH_PROPERTY, previousScratch);
        }
    }

    @Test
    void aFreshTargetIsDeletedWithItsPrivateFolder() throws IOException {
        Path target = OutputDirs.freshTarget("write");
        Files.createDirectories(target.resolve("data"));
        Files.writeString(target.resolve("data/part-0"), "rows");
        Path other = OutputDirs.freshTarget("write");

        OutputDirs.deleteTarget(target);

        assertFalse(Files.exists(target.getParent()), "the private folder is gone");
        assertTrue(Files.isDirectory(other.getParent()), "another target's folder is kept");
    }

    @Test
    void anyOtherPathIsRefusedAndNothingIsDeleted() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("keep/dataset"));
        Path sibling = Files.writeString(temp.resolve("keep/saved.json"), "{}");
        Path misnamed = OutputDirs.freshTarget("write").resolveSibling("results");
        Files.createDirectories(misnamed);

        assertThrows(IllegalArgumentException.class, () -> OutputDirs.deleteTarget(elsewhere));
        assertThrows(IllegalArgumentException.class, () -> OutputDirs.deleteTarget(misnamed));

        assertTrue(Files.exists(sibling), "nothing under the refused path's parent was deleted");
        assertTrue(Files.isDirectory(misnamed));
    }
}
