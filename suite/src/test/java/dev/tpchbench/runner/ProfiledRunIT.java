package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * {@code -Djmh.prof=async} through the real runner and a real fork: the run passes the gate as any
 * other, its metadata says it was profiled and how, and each verified row has its flame graph.
 */
class ProfiledRunIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void asyncProfiledRunKeepsAFlameGraphPerRowAndSaysSo(@TempDir Path dir) throws Exception {
        assumeTrue(AsyncProfilerLibrary.resource().isPresent(), "async-profiler ships no library for this platform");
        SuiteRun run = SuiteRun.run(dir, "LanceWriteBenchmark", "table=customer;scaleFactor=0.001;batchRows=64",
                "jmh.prof", "async");

        assertEquals(0, run.report.exitCode, run.output);
        assertEquals(1, run.report.outcome.verified().size(), run.output);
        JsonNode meta = JSON.readTree(run.report.metadataFile.toFile());
        String profiler = meta.path("profiler").asText();
        assertTrue(List.of("async:cpu", "async:itimer", "async:wall").contains(profiler), profiler);
        assertEquals("PASSED", meta.path("status").asText());

        String stem = run.report.resultsFile.getFileName().toString().replace(".json", "");
        Path profiles = run.report.resultsFile.resolveSibling(stem + ProfileFolders.SUFFIX);
        assertEquals(profiles.getFileName().toString(), meta.path("profiles").asText());
        JsonNode row = run.report.outcome.verifiedJson().get(0);
        Path flame = profiles.resolve(ProfileFolders.trialFolder(row)).resolve(PerForkProfiles.forkFolder(1))
                .resolve("flame-" + profiler.substring("async:".length()) + "-forward.html");
        assertTrue(Files.readString(flame).contains("<html"), "a flame graph at " + flame);
        try (Stream<Path> rows = Files.list(profiles)) {
            assertEquals(1, rows.count(), "one folder per verified row");
        }
        assertTrue(run.output.contains("Profiled run (" + profiler + ")"), run.output);
    }
}
