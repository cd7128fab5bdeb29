package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tpchbench.results.Rejection;

/**
 * The two paths the team took before Phase 1.5 (Parquet written into the "Lance" folder; Lance
 * fed by an import that drops every row) run through the real pipeline benchmark beside Phase 2,
 * and must be rejected with their reason, never timed into the results or the comparison table.
 */
class NegativeControlPipelinesIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void parquetBypassAndPhase1AreRejectedPhase2IsKept(@TempDir Path dir) throws Exception {
        SuiteRun run = SuiteRun.run(dir, "PipelineBenchmark",
                "table=customer;scaleFactor=0.001;phase=PARQUET_BYPASS,PHASE_1,PHASE_2");

        assertEquals(1, run.report.exitCode, run.output);
        Map<String, String> reasons = new HashMap<>();
        for (Rejection r : run.report.outcome.rejected()) {
            reasons.put(r.id().params().get("phase"), r.reason());
        }
        assertEquals(2, reasons.size(), run.output);
        assertEquals("rows: expected 150, actual 0 (Lance countRows)", reasons.get("PHASE_1"));
        assertTrue(reasons.get("PARQUET_BYPASS").startsWith("not a Lance dataset: "), reasons.get("PARQUET_BYPASS"));

        JsonNode results = JSON.readTree(run.report.resultsFile.toFile());
        assertEquals(1, results.size());
        assertEquals("PHASE_2", results.get(0).path("params").path("phase").asText());

        String summary = Files.readString(Path.of(run.report.resultsFile.toString().replace(".json", ".summary.md")));
        assertTrue(summary.contains("PipelineBenchmark.pipeline batchRows=65536 phase=PHASE_1 | - | - | - | - | - | - "
                + "| REJECTED: rows: expected 150, actual 0 (Lance countRows)"), summary);
        assertTrue(summary.contains("REJECTED: not a Lance dataset"), summary);
    }
}
