package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkJvmTest {
    private static final Path JAVA = Paths.get("/opt/jdk/bin/java");
    // As `java -XshowSettings:properties -version` prints it (to stderr), shortened.
    private static final String TEMURIN_25 = String.join("\n",
            "Property settings:",
            "    file.encoding = UTF-8",
            "    java.home = /usr/lib/jvm/temurin-25-jdk-amd64",
            "    java.library.path = /usr/java/packages/lib",
            "        /usr/lib/x86_64-linux-gnu/jni",
            "    java.specification.version = 25",
            "    java.vendor = Eclipse Adoptium",
            "    java.version = 25.0.3",
            "    java.vm.name = OpenJDK 64-Bit Server VM",
            "    java.vm.version = 25.0.3+9-LTS",
            "",
            "openjdk version \"25.0.3\" 2026-04-21 LTS");

    @Test
    void readsWhatTheJvmSaysAboutItself() {
        ForkJvm jvm = ForkJvm.parse(JAVA, TEMURIN_25);
        assertEquals(25, jvm.feature());
        assertEquals("25.0.3", jvm.version());
        assertEquals("Eclipse Adoptium", jvm.vendor());
        assertEquals("OpenJDK 64-Bit Server VM", jvm.toMeta().vmName());
        assertEquals("25.0.3+9-LTS", jvm.toMeta().vmVersion());
        assertEquals("/usr/lib/jvm/temurin-25-jdk-amd64", jvm.toMeta().home());
        assertEquals(JAVA.toString(), jvm.toMeta().java());
    }

    @Test
    void aJvmOlderThanTheClassFilesIsRefused() {
        String java8 = "    java.specification.version = 1.8\n    java.version = 1.8.0_402\n";
        String message = assertThrows(IllegalArgumentException.class, () -> ForkJvm.parse(JAVA, java8)).getMessage();
        assertTrue(message.contains("it is Java 1.8.0_402; the suite is compiled for Java 17 or later"), message);
    }

    @Test
    void outputWithoutAVersionIsRefused() {
        String message = assertThrows(IllegalArgumentException.class, () -> ForkJvm.parse(JAVA, "hello")).getMessage();
        assertTrue(message.contains("printed no java.version"), message);
    }

    @Test
    void probingThisJvmGivesItsOwnProperties() {
        ForkJvm probed = ForkJvm.probe(ForkJvm.current().java());
        assertEquals(Runtime.version().feature(), probed.feature());
        assertEquals(ForkJvm.current().toMeta(), probed.toMeta());
    }

    @Test
    void aJvmThatCannotStartIsRefusedWithWhatItSaid(@TempDir Path dir) throws Exception {
        Path broken = executable(dir.resolve("java"),
                "#!/bin/sh\necho 'Error: Could not create the Java Virtual Machine.' >&2\nexit 1\n");
        String message = assertThrows(IllegalArgumentException.class, () -> ForkJvm.probe(broken)).getMessage();
        assertTrue(message.contains("exited with status 1: 'Error: Could not create the Java Virtual Machine.'"),
                message);
    }

    @Test
    void aProgramThatIsNoJvmIsRefused(@TempDir Path dir) throws Exception {
        Path notJava = executable(dir.resolve("java"), "#!/bin/sh\nexit 0\n");
        String message = assertThrows(IllegalArgumentException.class, () -> ForkJvm.probe(notJava)).getMessage();
        assertTrue(message.contains("cannot run the benchmarks: it printed no java.version"), message);
    }

    @Test
    void forkFlagsFollowTheForkJvmsVersion() {
        List<String> java17 = SuiteJvmFlags.forJvm(17);
        assertEquals(List.of("--add-opens=java.base/java.nio=ALL-UNNAMED", "-Darrow.allocation.manager.type=Netty"),
                java17);
        assertFalse(SuiteJvmFlags.forJvm(21).contains("--enable-native-access=ALL-UNNAMED"));
        List<String> java25 = SuiteJvmFlags.forJvm(25);
        assertTrue(java25.containsAll(java17), java25.toString());
        assertTrue(java25.containsAll(List.of("--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow")), java25.toString());
    }

    @Test
    void anInstalledJdk25IsProbedAsJava25() {
        Path jdk25 = Jdk25.find();
        assumeTrue(jdk25 != null, "no JDK 25 here (JDK25_HOME or /usr/lib/jvm/*25*)");
        assertEquals(25, ForkJvm.probe(jdk25.resolve("bin").resolve("java")).feature());
    }

    static Path executable(Path file, String script) throws Exception {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
