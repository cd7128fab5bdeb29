package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.Rejection;

class WriteComparisonTest {
    private static final String PARQUET = "dev.tpchbench.bench.ParquetWriteBenchmark.writeTable";
    private static final String PIPELINE = "dev.tpchbench.bench.PipelineBenchmark.pipeline";

    private static String entry(String benchmark, String param, String value, double ms) {
        return entry(benchmark, param, value, ms, "[[" + ms + "]]", "[[1500]]");
    }

    /** An entry with {@code rawData} as given (JSON, one array per fork) and rows verified to match it. */
    private static String entry(String benchmark, String param, String value, double ms, String rawData,
            String rowsVerified) {
        return "{\"benchmark\":\"" + benchmark + "\",\"mode\":\"ss\",\"params\":{\"" + param + "\":\"" + value
                + "\",\"scaleFactor\":\"0.01\",\"table\":\"customer\"},\"primaryMetric\":{\"score\":" + ms
                + ",\"scoreError\":10.0,\"scoreUnit\":\"ms/op\",\"rawData\":" + rawData + "},\"secondaryMetrics\":{"
                + "\"rowsVerified\":{\"rawData\":" + rowsVerified + "},\"bytesOnDisk\":{\"rawData\":[[1048576,3145728]]}}}";
    }

    /** Two forks of three iterations: {@code scale} times 98, 100, 102 and 99, 100, 101 ms. */
    private static String twoForks(String benchmark, String param, String value, double scale) {
        return entry(benchmark, param, value, 100 * scale, "[[" + 98 * scale + "," + 100 * scale + "," + 102 * scale
                + "],[" + 99 * scale + "," + 100 * scale + "," + 101 * scale + "]]", "[[1500,1500,1500],[1500,1500,1500]]");
    }

    private static ResultGate.Outcome pipelines(String json, List<Rejection> rejections) throws Exception {
        PlannedRuns plan = PlannedRuns.plan(Map.of(
                PARQUET, Map.of("table", List.of("customer"), "scaleFactor", List.of("0.01"), "codec", List.of("SNAPPY")),
                PIPELINE, Map.of("table", List.of("customer"), "scaleFactor", List.of("0.01"),
                        "phase", List.of("PHASE_1_5", "PHASE_2", "PHASE_3"))), Map.of(), ".*");
        return ResultGate.apply(plan, new ObjectMapper().readTree(json), rejections);
    }

    @Test
    void speedupIsAgainstParquetSnappyAndRejectedPathsHaveNone() throws Exception {
        PlannedRuns plan = PlannedRuns.plan(Map.of(
                PARQUET, Map.of("table", List.of("customer"), "scaleFactor", List.of("0.01"), "codec", List.of("SNAPPY")),
                PIPELINE, Map.of("table", List.of("customer"), "scaleFactor", List.of("0.01"),
                        "phase", List.of("PHASE_2", "PHASE_1"))), Map.of(), ".*");
        String json = "[" + entry(PARQUET, "codec", "SNAPPY", 400) + "," + entry(PIPELINE, "phase", "PHASE_2", 100) + "]";
        BenchmarkId phase1 = new BenchmarkId(PIPELINE, Map.of("phase", "PHASE_1", "scaleFactor", "0.01",
                "table", "customer"));
        ResultGate.Outcome outcome = ResultGate.apply(plan, new ObjectMapper().readTree(json),
                List.of(new Rejection(phase1, "rows: expected 1,500, actual 0 (Lance countRows)")));

        String table = WriteComparison.render(outcome);

        assertTrue(table.startsWith("### customer at SF 0.01"), table);
        assertTrue(table.contains("| PipelineBenchmark.pipeline phase=PHASE_2 | 0.100 s ± 0.010 | 15,000 | 2.0 MiB |"),
                table);
        assertTrue(table.contains("| 4.00x | 1,500 |"), table);
        assertTrue(table.contains("| ParquetWriteBenchmark.writeTable codec=SNAPPY | 0.400 s ± 0.010 |"), table);
        assertTrue(table.contains("| 1.00x (the baseline) |"), table);
        assertTrue(table.contains("| PipelineBenchmark.pipeline phase=PHASE_1 | - | - | - | - | - | - | "
                + "REJECTED: rows: expected 1,500, actual 0 (Lance countRows) |"), table);
        assertFalse(table.contains("PHASE_1 | 0."), "a rejected path never gets a time");
    }

    @Test
    void theSpeedupIsTheRatioOfGeometricMeansWithAnIntervalSymmetricInTheLog() throws Exception {
        // The Parquet baseline takes exactly 4 times the pipeline's time in every iteration: the point is 4, and
        // the log-scale interval around it is symmetric, low x high = 16; its width comes from the spread alone.
        String json = "[" + twoForks(PARQUET, "codec", "SNAPPY", 4) + "," + twoForks(PIPELINE, "phase", "PHASE_2", 1) + "]";

        String table = WriteComparison.render(pipelines(json, List.of()));

        Matcher cell = Pattern.compile("\\| PipelineBenchmark.pipeline phase=PHASE_2 \\|.*\\| ([0-9.]+)x \\[([0-9.]+), ([0-9.]+)\\] \\|")
                .matcher(table);
        assertTrue(cell.find(), table);
        double low = Double.parseDouble(cell.group(2));
        double high = Double.parseDouble(cell.group(3));
        assertEquals(4.00, Double.parseDouble(cell.group(1)), 1e-9, table);
        assertTrue(low < 4 && high > 4 && high - low < 0.5, table);
        assertEquals(16, low * high, 0.05, table);
    }

    @Test
    void eachPhaseIsShownAgainstThePhaseBeforeItAndARejectedPhaseIsNot() throws Exception {
        // Phase 1.5 twice Phase 2's time, Phase 3 the same as Phase 2; then Phase 2 rejected.
        String json = "[" + twoForks(PARQUET, "codec", "SNAPPY", 4) + "," + twoForks(PIPELINE, "phase", "PHASE_1_5", 2)
                + "," + twoForks(PIPELINE, "phase", "PHASE_2", 1) + "," + twoForks(PIPELINE, "phase", "PHASE_3", 1) + "]";

        String all = WriteComparison.render(pipelines(json, List.of()));

        assertTrue(all.contains("Each phase against the one before it, times as fast [99 % CI]:"), all);
        assertTrue(all.contains("- PHASE_2 against PHASE_1_5: 2.00x ["), all);
        assertTrue(all.contains("- PHASE_3 against PHASE_2: 1.00x [0."), all);
        assertFalse(all.contains("against PHASE_3"), all);

        String withoutPhase2 = "[" + twoForks(PARQUET, "codec", "SNAPPY", 4) + "," + twoForks(PIPELINE, "phase", "PHASE_1_5", 2)
                + "," + twoForks(PIPELINE, "phase", "PHASE_3", 1) + "]";
        BenchmarkId phase2 = new BenchmarkId(PIPELINE, Map.of("phase", "PHASE_2", "scaleFactor", "0.01", "table", "customer"));
        String rejected = WriteComparison.render(pipelines(withoutPhase2,
                List.of(new Rejection(phase2, "rows: expected 1,500, actual 0 (Lance countRows)"))));

        assertFalse(rejected.contains("Each phase against"), "no phase has a verified phase before it: " + rejected);
        assertTrue(rejected.contains("REJECTED: rows: expected 1,500"), rejected);
    }

    @Test
    void aPerBatchBenchmarkVerifiesItsRingAndReportsItsScorePerBatch() throws Exception {
        // customer SF 0.01 = 1,500 rows; batches of 1,000 and a ring of up to 8: 2 batches, 1,500 rows.
        String bench = "dev.tpchbench.bench.CDataImportBenchmark.importBatch";
        PlannedRuns plan = PlannedRuns.plan(Map.of(bench, Map.of("table", List.of("customer"),
                "scaleFactor", List.of("0.01"), "batchRows", List.of("1000"), "ringBatches", List.of("8"))),
                Map.of(), ".*");
        String json = "[{\"benchmark\":\"" + bench + "\",\"mode\":\"ss\",\"params\":{\"batchRows\":\"1000\","
                + "\"ringBatches\":\"8\",\"scaleFactor\":\"0.01\",\"table\":\"customer\"},\"primaryMetric\":"
                + "{\"score\":3.0,\"scoreError\":\"NaN\",\"scoreUnit\":\"us/op\",\"rawData\":[[3.0]]},"
                + "\"secondaryMetrics\":{\"rowsVerified\":{\"rawData\":[[1500]]}}}]";
        String summary = SummaryTable.render(ResultGate.apply(plan, new ObjectMapper().readTree(json), List.of()), true);
        // 750 rows in an average batch of the ring, 3 us each.
        assertTrue(summary.contains("| 3.000 | ± n/a | us/op | 3.000 us | 250,000,000 | 1,500 | VERIFIED |"), summary);
    }

    @Test
    void aRingLargerThanTheTableExpectsOnlyTheRingsRows() {
        assertEquals(8 * 1024, PlannedRuns.expectedRows(Map.of("table", "lineitem", "scaleFactor", "0.1",
                "batchRows", "1024", "ringBatches", "8")));
        assertEquals(150, PlannedRuns.expectedRows(Map.of("table", "customer", "scaleFactor", "0.001",
                "batchRows", "64", "ringBatches", "8")));
        assertEquals(150, PlannedRuns.expectedRows(Map.of("table", "customer", "scaleFactor", "0.001",
                "batchRows", "64")));
    }
}
