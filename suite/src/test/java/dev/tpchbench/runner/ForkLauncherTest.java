package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkLauncherTest {
    @Test
    void withoutTunablesTheForksStartJavaItself(@TempDir Path dir) throws Exception {
        Path java = ForkJvm.current().java();
        assertEquals(java, ForkLauncher.forkExecutable(java, "", dir));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no launcher written");
        }
    }

    @Test
    void theLauncherStartsTheForkJvmWithItsArgumentsUnderTheTunables(@TempDir Path dir) throws Exception {
        // A stand-in for java that prints what it was started with; a folder name with a quote and a space.
        Path bin = Files.createDirectories(dir.resolve("it's a jdk"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s|' \"$GLIBC_TUNABLES\" \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        String tunables = "glibc.malloc.trim_threshold=4294967296:glibc.malloc.arena_max=2";

        Path launcher = ForkLauncher.forkExecutable(java, tunables, dir);

        Process process = new ProcessBuilder(launcher.toString(), "-Xmx1g", "two words", "")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());
        assertEquals(tunables + "|-Xmx1g|two words||", output);
    }

    @Test
    void aLauncherThatCannotStartTheJvmIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path java = Files.writeString(dir.resolve("java"), "#!/bin/sh\necho broken >&2\nexit 3\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));

        String message = assertThrows(IllegalArgumentException.class,
                () -> ForkLauncher.forkExecutable(java, ForkLauncher.DEFAULT_GLIBC_TUNABLES, dir)).getMessage();
        assertTrue(message.contains("does not start (it exited with status 3: broken)"), message);
        assertTrue(message.contains("-Djmh.glibcTunables="), message);
    }
}
