package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.Rejection;

class ResultGateTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BENCH = "dev.tpchbench.bench.CDataImportBenchmark.importBatches";

    private static PlannedRuns plan() {
        return PlannedRuns.plan(Map.of(BENCH, Map.of("table", List.of("customer"), "scaleFactor", List.of("0.01"),
                "importer", List.of("LIBRARY", "HAND_WRITTEN"))), Map.of(), ".*");
    }

    private static String entry(String importer, String rowsRaw) {
        return "{\"benchmark\":\"" + BENCH + "\",\"mode\":\"ss\",\"params\":{\"importer\":\"" + importer
                + "\",\"scaleFactor\":\"0.01\",\"table\":\"customer\"},\"primaryMetric\":{\"score\":1.5,"
                + "\"scoreError\":\"NaN\",\"scoreUnit\":\"ms/op\",\"rawData\":[[1.5]]},\"secondaryMetrics\":"
                + (rowsRaw == null ? "{}" : "{\"rowsVerified\":{\"score\":1500,\"scoreUnit\":\"#\",\"rawData\":" + rowsRaw + "}}")
                + "}";
    }

    private static JsonNode results(String... entries) throws Exception {
        return JSON.readTree("[" + String.join(",", entries) + "]");
    }

    @Test
    void plannedRowsComeFromTheIndependentCount() {
        assertEquals(2, plan().expectedRows().size());
        plan().expectedRows().values().forEach(rows -> assertEquals(1_500L, rows));
    }

    @Test
    void keepsEntriesWhoseEveryIterationVerifiedTheExpectedRows() throws Exception {
        ResultGate.Outcome outcome = ResultGate.apply(plan(),
                results(entry("LIBRARY", "[[1500,1500],[1500]]"), entry("HAND_WRITTEN", "[[1500]]")), List.of());
        assertTrue(outcome.passed());
        assertEquals(2, outcome.verified().size());
    }

    @Test
    void rejectsAnIterationWithTooFewRows() throws Exception {
        ResultGate.Outcome outcome = ResultGate.apply(plan(),
                results(entry("LIBRARY", "[[1500,0]]"), entry("HAND_WRITTEN", "[[1500]]")), List.of());
        assertFalse(outcome.passed());
        assertEquals(1, outcome.verified().size());
        assertEquals(1, outcome.rejected().size());
        assertEquals("0 of 1,500 rows verified in an iteration (expected 1,500)", outcome.rejected().get(0).reason());
    }

    @Test
    void rejectsAResultWithoutTheRowsMetric() throws Exception {
        ResultGate.Outcome outcome = ResultGate.apply(plan(),
                results(entry("LIBRARY", null), entry("HAND_WRITTEN", "[[1500]]")), List.of());
        assertEquals(1, outcome.rejected().size());
        assertTrue(outcome.rejected().get(0).reason().startsWith("no rowsVerified metric"));
    }

    @Test
    void aBenchmarkJmhLeftOutIsMissingOrRejectedWithTheRecordedReason() throws Exception {
        BenchmarkId handWritten = new BenchmarkId(BENCH, Map.of("importer", "HAND_WRITTEN", "scaleFactor", "0.01",
                "table", "customer"));
        ResultGate.Outcome outcome = ResultGate.apply(plan(), results(),
                List.of(new Rejection(handWritten, "rows: expected 1,500, actual 0")));
        assertFalse(outcome.passed());
        assertTrue(outcome.verified().isEmpty());
        assertEquals(1, outcome.rejected().size());
        assertEquals(handWritten, outcome.rejected().get(0).id());
        assertEquals("rows: expected 1,500, actual 0", outcome.rejected().get(0).reason());
        assertEquals(1, outcome.missing().size());
    }

    @Test
    void aRefusedPathIsNeitherAFailureNorMissingAndItsReasonSurvivesTheLog() throws Exception {
        BenchmarkId handWritten = new BenchmarkId(BENCH, Map.of("importer", "HAND_WRITTEN", "scaleFactor", "0.01",
                "table", "customer"));
        Rejection logged = new Rejection(handWritten, "HAND_WRITTEN refused: it would not fit", true);
        Rejection read = JSON.readValue(JSON.writeValueAsString(logged), Rejection.class);
        ResultGate.Outcome outcome = ResultGate.apply(plan(), results(entry("LIBRARY", "[[1500]]")), List.of(read));

        assertTrue(outcome.passed(), "a refusal is not a failure");
        assertEquals(List.of(logged), outcome.refused());
        assertTrue(outcome.rejected().isEmpty());
        assertTrue(outcome.missing().isEmpty());
        assertTrue(SummaryTable.render(outcome, false).contains("REFUSED: HAND_WRITTEN refused: it would not fit"));
        assertFalse(JSON.writeValueAsString(new Rejection(handWritten, "x")).contains("refused"),
                "rejections keep the JSON they had");
    }

    @Test
    void noResultsAtAllMeansEverythingMissing() throws Exception {
        ResultGate.Outcome outcome = ResultGate.apply(plan(), null, List.of());
        assertEquals(2, outcome.missing().size());
        assertFalse(outcome.passed());
    }

    @Test
    void anUnplannedResultIsNotKept() throws Exception {
        String other = entry("LIBRARY", "[[60175]]").replace("\"customer\"", "\"lineitem\"");
        ResultGate.Outcome outcome = ResultGate.apply(plan(), results(other), List.of());
        assertTrue(outcome.verified().isEmpty());
        assertTrue(outcome.rejected().get(0).reason().startsWith("not planned"));
    }
}
