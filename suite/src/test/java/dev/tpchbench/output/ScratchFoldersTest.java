package dev.tpchbench.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchFoldersTest {
    @TempDir
    Path parent;

    @Test
    void removesOnlyTheFoldersWhoseOwnerIsGone() throws IOException, InterruptedException {
        Path mine = ScratchFolders.create(parent, "run-mine");
        Path killed = ScratchFolders.create(parent, "run-killed");
        Files.writeString(killed.resolve("owner.pid"), Long.toString(finishedProcessId()));
        Path unmarked = Files.createDirectory(parent.resolve("run-unmarked"));
        Files.writeString(unmarked.resolve("data"), "left over");
        Path other = Files.createDirectory(parent.resolve("other-folder"));

        assertEquals(2, ScratchFolders.removeAbandoned(parent, "run-"));

        assertTrue(Files.isDirectory(mine), "this process's folder was removed");
        assertFalse(Files.exists(killed));
        assertFalse(Files.exists(unmarked));
        assertTrue(Files.isDirectory(other), "a folder without the prefix was removed");
    }

    @Test
    void aMissingParentHasNothingToRemove() throws IOException {
        assertEquals(0, ScratchFolders.removeAbandoned(parent.resolve("absent"), "run-"));
    }

    @Test
    void refusesAFolderThatExistsAndDeletesTheWholeTree() throws IOException {
        Path root = ScratchFolders.create(parent.resolve("new-parent"), "run-1");
        assertThrows(FileAlreadyExistsException.class, () -> ScratchFolders.create(parent.resolve("new-parent"), "run-1"));
        Files.writeString(Files.createDirectories(root.resolve("data/deep")).resolve("file"), "x");

        ScratchFolders.delete(root);

        assertFalse(Files.exists(root));
    }

    private static long finishedProcessId() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
