package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tpchbench.output.RunLeftovers;

/**
 * The reason this suite exists: the team's Phase 1 importer returned zero rows and was reported as
 * fast. Driven through the real runner and a real JMH fork, it must be rejected, and no score for
 * it may reach the results file, while the good importers in the same run keep their results (LIBRARY, and
 * ZERO_COPY, which thereby passes the per-iteration validation and digest in a real fork).
 */
class Phase1GateIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void phase1ImporterIsRejectedAndNeverScored(@TempDir Path dir) throws Exception {
        // customer at SF 0.001: 150 rows, batches of 64: a ring of 3 batches (64, 64, 22).
        SuiteRun run = SuiteRun.run(dir, "CDataImportBenchmark",
                "table=customer;scaleFactor=0.001;batchRows=64;importer=PHASE_1,ONE_VALUE_CHANGED,LIBRARY,ZERO_COPY");

        assertEquals(1, run.report.exitCode, run.output);
        assertEquals(2, run.report.outcome.rejected().size(), run.output);
        Map<String, String> reasons = new HashMap<>();
        run.report.outcome.rejected().forEach(r -> reasons.put(r.id().params().get("importer"), r.reason()));
        // Caught in the timed call itself, by the per-import row count check.
        assertEquals("rows: expected 64, actual 0 (import of ring slot 0)", reasons.get("PHASE_1"), run.output);
        // Right rows, wrong value: caught by the digest of the ring after the iteration.
        assertEquals("content differs in column(s) c_custkey", reasons.get("ONE_VALUE_CHANGED"), run.output);
        assertTrue(run.output.contains("REJECTED: rows: expected 64, actual 0"), run.output);

        JsonNode results = JSON.readTree(run.report.resultsFile.toFile());
        assertEquals(2, results.size(), "only the verified LIBRARY and ZERO_COPY results are recorded");
        Set<String> recorded = new HashSet<>();
        for (JsonNode entry : results) {
            recorded.add(entry.path("params").path("importer").asText());
            assertEquals(150.0, entry.path("secondaryMetrics").path("rowsVerified").path("rawData")
                    .get(0).get(0).asDouble(), entry.toString());
        }
        assertEquals(Set.of("LIBRARY", "ZERO_COPY"), recorded);
        JsonNode meta = JSON.readTree(run.report.metadataFile.toFile());
        assertEquals("FAILED", meta.path("status").asText());
        assertEquals(2, meta.path("gate").path("rejected").size(), meta.toString());
        assertEquals(List.of(), RunLeftovers.in(dir.resolve("scratch")), "the run removed its scratch folder");
    }

    @Test
    void inRoundsEveryForkIsGatedAndAVerifiedRowKeepsAllItsForks(@TempDir Path dir) throws Exception {
        SuiteRun run = SuiteRun.run(dir, "CDataImportBenchmark",
                "table=customer;scaleFactor=0.001;batchRows=64;importer=PHASE_1,LIBRARY", "jmh.forks", "2",
                "jmh.forkOrder", "rounds");

        assertTrue(run.output.contains("Fork order: rounds (-Djmh.forkOrder), 2 start(s) of JMH"), run.output);
        assertEquals(1, run.report.exitCode, run.output);
        assertEquals(List.of("PHASE_1"), run.report.outcome.rejected().stream()
                .map(r -> r.id().params().get("importer")).toList(), run.output);
        JsonNode results = JSON.readTree(run.report.resultsFile.toFile());
        assertEquals(1, results.size(), run.output);
        JsonNode library = results.get(0);
        assertEquals("LIBRARY", library.path("params").path("importer").asText());
        assertEquals(2, library.path("forks").asInt(), library.toString());
        assertEquals(2, library.path("primaryMetric").path("rawData").size(), "one fork from each round");
        assertEquals(2, library.path("secondaryMetrics").path("rowsVerified").path("rawData").size(), library.toString());
        assertEquals("rounds", JSON.readTree(run.report.metadataFile.toFile()).path("jmh").path("forkOrder").asText());
    }
}
