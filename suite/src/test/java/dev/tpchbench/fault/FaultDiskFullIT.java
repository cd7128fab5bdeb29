package dev.tpchbench.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A scratch folder on a full disk: refused before JMH starts when it is plainly too small, and a
 * write that runs out of space part way is a failure, not a score. Earlier results stay as they were.
 */
class FaultDiskFullIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aScratchFolderTooSmallIsRefusedBeforeJmhStarts(@TempDir Path dir) throws Exception {
        EarlierResults earlier = EarlierResults.seed(dir.resolve("results"));
        try (Tmpfs scratch = Tmpfs.mount(dir.resolve("tiny"), "2m")) {
            SuiteProcess.Finished run = SuiteProcess.run(dir, SuiteProcess.knobs(dir, "jmh.scratch",
                    scratch.path().toString(), "jmh.include", "LanceWriteBenchmark",
                    "jmh.params", "table=customer;scaleFactor=0.001"), 2);

            assertEquals(2, run.exitCode(), run.output());
            assertTrue(run.output().contains("scratch folder " + scratch.path() + " has 2 MiB free"), run.output());
            assertTrue(run.output().contains("-Djmh.scratch=DIR"), run.output());
            assertFalse(run.output().contains("# JMH version"), run.output());
            try (Stream<Path> left = Files.list(scratch.path())) {
                assertEquals(0, left.count(), "no scratch folder was made");
            }
        }
        earlier.assertUntouchedAndAlone();
    }

    @Test
    void aWriteThatRunsOutOfSpaceIsNotScored(@TempDir Path dir) throws Exception {
        EarlierResults earlier = EarlierResults.seed(dir.resolve("results"));
        // Room for the start-up check and Lance's native library; DISK_FULL then fills the rest.
        try (Tmpfs scratch = Tmpfs.mount(dir.resolve("small"), "320m")) {
            SuiteProcess.Finished run = SuiteProcess.run(dir, SuiteProcess.knobs(dir, "jmh.scratch",
                    scratch.path().toString(), "jmh.include", "FaultInjectionBenchmark",
                    "jmh.params", "table=customer;scaleFactor=0.01;fault=DISK_FULL"), 3);

            assertEquals(1, run.exitCode(), run.output());
            assertTrue(run.output().contains("LanceError(IO): No space left on device"), "the Lance write ran out:\n"
                    + run.output());
            assertTrue(run.output().contains("MISSING") || run.output().contains("REJECTED"), run.output());
        }
        earlier.assertUntouched();
        for (String added : earlier.added()) {
            if (added.endsWith(".meta.json")) {
                assertEquals("FAILED", JSON.readTree(dir.resolve("results").resolve(added).toFile()).path("status").asText());
            } else if (added.endsWith("_test.json")) {
                JsonNode results = JSON.readTree(dir.resolve("results").resolve(added).toFile());
                assertEquals(0, results.size(), "no score for a write that ran out of space: " + results);
            }
        }
        assertEquals(3, earlier.added().size(), "the failed run's results, summary and meta: " + earlier.added());
    }
}
