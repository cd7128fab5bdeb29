package dev.tpchbench.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tpchbench.runner.Jdk25;

/**
 * {@code -Djmh.jvm}: a Lance write forked into JDK 25 from this runner (JDK 17 on CI) verifies, its
 * metadata names the forks' JDK and not the runner's, the forks do not inherit the runner's flags (a JDK
 * 17 fork would refuse a JDK 25 runner's), and the Java 24+ memory access flags leave no warning.
 */
class ForkJvmRunIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MEMORY_ACCESS_WARNINGS = List.of(
            "WARNING: A restricted method", "WARNING: A terminally deprecated method in sun.misc.Unsafe",
            "WARNING: Use --enable-native-access", "WARNING: sun.misc.Unsafe");

    @Test
    void forksRunInTheGivenJvmAndTheMetadataSaysSo(@TempDir Path dir) throws Exception {
        Path jdk25 = Jdk25.find();
        assumeTrue(jdk25 != null, "no JDK 25 here (JDK25_HOME or /usr/lib/jvm/*25*)");
        Path java = jdk25.resolve("bin").resolve("java");

        SuiteProcess.Finished run = SuiteProcess.run(dir, SuiteProcess.knobs(dir, "jmh.jvm", java.toString(),
                "jmh.include", "LanceWriteBenchmark", "jmh.params", "table=customer;scaleFactor=0.01"), 3);

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("# VM version: JDK 25"), "JMH reports the fork's JDK:\n" + run.output());
        assertFalse(run.output().contains("-Xmx512m"), "the runner's own flags are not the fork's:\n" + run.output());
        for (String warning : MEMORY_ACCESS_WARNINGS) {
            assertFalse(run.output().contains(warning), "'" + warning + "' in:\n" + run.output());
        }
        JsonNode meta;
        try (Stream<Path> files = Files.list(dir.resolve("results"))) {
            meta = JSON.readTree(files.filter(f -> f.toString().endsWith(".meta.json")).findFirst().orElseThrow().toFile());
        }
        assertEquals("PASSED", meta.path("status").asText(), meta.toString());
        assertTrue(meta.path("jdk").path("version").asText().startsWith("25"), meta.path("jdk").toString());
        assertEquals(java.toString(), meta.path("jdk").path("java").asText());
        assertEquals(System.getProperty("java.version"), meta.path("runnerJdk").path("version").asText());
    }
}
