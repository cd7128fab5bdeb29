package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

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
class Phase1GateTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void phase1ImporterIsRejectedAndNeverScored(@TempDir Path dir) throws Exception {
        Properties knobs = new Properties();
        knobs.setProperty("jmh.preset", "smoke");
        knobs.setProperty("jmh.include", "CDataImportBenchmark");
        knobs.setProperty("jmh.params", "table=customer;scaleFactor=0.001;batchRows=64;importer=PHASE_1,LIBRARY");
        knobs.setProperty("jmh.label", "phase1-gate-test");
        knobs.setProperty("jmh.results", dir.resolve("results").toString());
        knobs.setProperty("jmh.scratch", dir.resolve("scratch").toString());
        knobs.setProperty("suite.root", System.getProperty("suite.root", "."));
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        SuiteRunner.RunReport report = new SuiteRunner(new PrintStream(log, true, StandardCharsets.UTF_8))
                .run(RunConfig.fromProperties(knobs));
        String output = log.toString(StandardCharsets.UTF_8);

        assertEquals(1, report.exitCode, output);
        assertEquals(1, report.outcome.rejected().size(), output);
        Rejection rejection = report.outcome.rejected().get(0);
        assertEquals("PHASE_1", rejection.id().params().get("importer"));
        assertEquals("rows: expected 150, actual 0", rejection.reason());
        assertTrue(output.contains("REJECTED: rows: expected 150, actual 0"), output);

        JsonNode results = JSON.readTree(report.resultsFile.toFile());
        assertEquals(1, results.size(), "only the verified LIBRARY result is recorded");
        assertEquals("LIBRARY", results.get(0).path("params").path("importer").asText());
        assertEquals(150.0, results.get(0).path("secondaryMetrics").path("rowsVerified").path("rawData")
                .get(0).get(0).asDouble());
        for (JsonNode entry : results) {
            assertTrue(!"PHASE_1".equals(entry.path("params").path("importer").asText()));
        }
        JsonNode meta = JSON.readTree(report.metadataFile.toFile());
        assertEquals("FAILED", meta.path("status").asText());
        assertEquals("PHASE_1", meta.path("gate").path("rejected").get(0).path("params").path("importer").asText());
        assertTrue(!Files.exists(dir.resolve("scratch")) || Files.list(dir.resolve("scratch")).count() == 0,
                "the run removed its scratch folder");
    }
}
