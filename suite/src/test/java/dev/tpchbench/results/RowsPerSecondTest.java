package dev.tpchbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RowsPerSecondTest {
    private static final BenchmarkId WRITE = new BenchmarkId("dev.tpchbench.bench.LanceWriteBenchmark.writeTable",
            Map.of("scaleFactor", "1", "table", "lineitem"));

    @Test
    void aWriteHandlesTheWholeTableInOneOperation() {
        assertEquals(4_000_810, RowsPerSecond.of(WRITE, 6_001_215, 1.5, "s/op"), 1e-6);
        assertEquals(4_000_810, RowsPerSecond.of(WRITE, 6_001_215, 1500, "ms/op"), 1e-6);
        assertEquals(4_000_810, RowsPerSecond.of(WRITE, 6_001_215, 1.5e9, "ns/op"), 1e-6);
    }

    @Test
    void aPerBatchOperationIsAnAverageBatchOfTheRing() {
        // customer SF 1 = 150,000 rows in batches of 65,536: a ring of 3 batches, 50,000 rows each on average.
        BenchmarkId id = new BenchmarkId("dev.tpchbench.bench.CDataExportBenchmark.exportBatch",
                Map.of("batchRows", "65536", "ringBatches", "8", "scaleFactor", "1", "table", "customer"));
        assertTrue(RowsPerSecond.perBatch(id));
        assertEquals(50_000, RowsPerSecond.rowsPerOperation(id, 150_000), 1e-9);
        assertEquals(500_000_000, RowsPerSecond.of(id, 150_000, 100, "us/op"), 1e-3);
    }

    @Test
    void fromAResultUsesItsRowsVerified() {
        BenchmarkResult result = new BenchmarkResult(WRITE, "ss", 2.0, 0.1, "s/op", List.<double[]>of(new double[] {2.0}),
                Map.of(BenchmarkResult.ROWS_METRIC, List.of(6_001_215.0)));
        assertEquals(3_000_607.5, RowsPerSecond.of(result), 1e-9);
    }

    @Test
    void aScoreThatIsNotATimePerOperationHasNoRowsPerSecond() {
        assertTrue(Double.isNaN(RowsPerSecond.of(WRITE, 6_001_215, 3.0, "ops/s")));
        assertTrue(Double.isNaN(RowsPerSecond.of(WRITE, 6_001_215, 0, "s/op")));
    }
}
