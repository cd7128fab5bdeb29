package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.Rejection;

class WriteComparisonTest {
    private static final String PARQUET = "dev.tpchbench.bench.ParquetWriteBenchmark.writeTable";
    private static final String PIPELINE = "dev.tpchbench.bench.PipelineBenchmark.pipeline";

    private static String entry(String benchmark, String param, String value, double ms) {
        return "{\"benchmark\":\"" + benchmark + "\",\"mode\":\"ss\",\"params\":{\"" + param + "\":\"" + value
                + "\",\"scaleFactor\":\"0.01\",\"table\":\"customer\"},\"primaryMetric\":{\"score\":" + ms
                + ",\"scoreError\":10.0,\"scoreUnit\":\"ms/op\",\"rawData\":[[" + ms + "]]},\"secondaryMetrics\":{"
                + "\"rowsVerified\":{\"rawData\":[[1500]]},\"bytesOnDisk\":{\"rawData\":[[1048576,3145728]]}}}";
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
        assertTrue(table.contains("| 1.00x |"), table);
        assertTrue(table.contains("| PipelineBenchmark.pipeline phase=PHASE_1 | - | - | - | - | - | - | "
                + "REJECTED: rows: expected 1,500, actual 0 (Lance countRows) |"), table);
        assertFalse(table.contains("PHASE_1 | 0."), "a rejected path never gets a time");
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
