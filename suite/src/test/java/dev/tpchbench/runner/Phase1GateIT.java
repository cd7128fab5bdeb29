package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tpchbench.gate.Rejection;

/**
 * The reason this suite exists: the team's Phase 1 importer returned zero rows and was reported as
 * fast. Driven through the real runner and a real JMH fork, it must be rejected, and no score for
 * it may reach the results file, while the good importer in the same run keeps its result.
 */
class Phase1GateIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void phase1ImporterIsRejectedAndNeverScored(@TempDir Path dir) throws Exception {
        SuiteRun run = SuiteRun.run(dir, "CDataImportBenchmark",
                "table=customer;scaleFactor=0.001;batchRows=64;importer=PHASE_1,LIBRARY");

        assertEquals(1, run.report.exitCode, run.output);
        assertEquals(1, run.report.outcome.rejected().size(), run.output);
        Rejection rejection = run.report.outcome.rejected().get(0);
        assertEquals("PHASE_1", rejection.id().params().get("importer"));
        assertEquals("rows: expected 150, actual 0", rejection.reason());
        assertTrue(run.output.contains("REJECTED: rows: expected 150, actual 0"), run.output);

        JsonNode results = JSON.readTree(run.report.resultsFile.toFile());
        assertEquals(1, results.size(), "only the verified LIBRARY result is recorded");
        assertEquals("LIBRARY", results.get(0).path("params").path("importer").asText());
        assertEquals(150.0, results.get(0).path("secondaryMetrics").path("rowsVerified").path("rawData")
                .get(0).get(0).asDouble());
        for (JsonNode entry : results) {
            assertNotEquals("PHASE_1", entry.path("params").path("importer").asText());
        }
        JsonNode meta = JSON.readTree(run.report.metadataFile.toFile());
        assertEquals("FAILED", meta.path("status").asText());
        assertEquals("PHASE_1", meta.path("gate").path("rejected").get(0).path("params").path("importer").asText());
        try (Stream<Path> left = Files.list(dir.resolve("scratch"))) {
            assertEquals(0, left.count(), "the run removed its scratch folder");
        }
    }
}
