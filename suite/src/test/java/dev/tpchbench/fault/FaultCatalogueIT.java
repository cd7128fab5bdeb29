package dev.tpchbench.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every fault of the catalogue, through the real runner and real JMH forks, in one run: each must
 * end without a score and with a reason that names its effect; the control (NONE) in the same run
 * must be verified and scored, so the rejections are the faults' doing and not the harness's.
 */
class FaultCatalogueIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CUSTOMER_COLUMNS =
            "c_custkey, c_name, c_address, c_nationkey, c_phone, c_acctbal, c_mktsegment, c_comment";

    @Test
    void everyFaultIsRejectedWithItsEffectAndNeverScored(@TempDir Path dir) throws Exception {
        List<Fault> faults = Arrays.stream(Fault.values()).filter(f -> f != Fault.DISK_FULL).toList();
        // customer at SF 0.01: 1,500 rows in batches of 256 (5 full + 220); 512 rows per file gives
        // the control three Lance files, so it also shows that a single writer's row order survives.
        String params = "table=customer;scaleFactor=0.01;batchRows=256;maxRowsPerFile=512;fault="
                + faults.stream().map(Enum::name).collect(Collectors.joining(","));
        SuiteProcess.Finished run = SuiteProcess.run(dir,
                SuiteProcess.knobs(dir, "jmh.include", "FaultInjectionBenchmark", "jmh.params", params), 4);

        assertEquals(1, run.exitCode(), run.output());
        JsonNode meta = JSON.readTree(onlyFile(dir.resolve("results"), ".meta.json").toFile());
        assertEquals("FAILED", meta.path("status").asText());
        Map<String, String> rejected = reasonsByFault(meta.path("gate").path("rejected"));
        Map<String, String> missing = reasonsByFault(meta.path("gate").path("missing"));

        assertEquals("rows: expected 1,500, actual 0 (Lance countRows)", rejected.get("EMPTY"), run.output());
        assertEquals("rows: expected 1,500, actual 1,280 (Lance countRows)", rejected.get("TRUNCATED"));
        assertEquals("rows: expected 1,500, actual 1,756 (Lance countRows)", rejected.get("BATCH_WRITTEN_TWICE"));
        assertEquals("content differs in column(s) c_custkey", rejected.get("ONE_VALUE_CHANGED"));
        assertEquals("content differs in column(s) " + CUSTOMER_COLUMNS, rejected.get("ROWS_REORDERED"));
        assertEquals("columns: expected [" + CUSTOMER_COLUMNS + "], actual ["
                + CUSTOMER_COLUMNS.replace(", c_comment", "") + "]", rejected.get("COLUMN_DROPPED"));
        assertEquals("columns: expected [" + CUSTOMER_COLUMNS + "], actual [" + CUSTOMER_COLUMNS + "_renamed]",
                rejected.get("COLUMN_RENAMED"));
        assertTrue(rejected.get("NOTHING_WRITTEN").startsWith("not a Lance dataset: "), rejected.get("NOTHING_WRITTEN"));
        assertTrue(rejected.get("PARQUET_BYPASS").startsWith("not a Lance dataset: "), rejected.get("PARQUET_BYPASS"));
        assertTrue(rejected.get("LEAKED_IMPORT_BUFFER").matches("the write left [0-9,]+ bytes of Arrow memory allocated"),
                rejected.get("LEAKED_IMPORT_BUFFER"));
        // The writer refuses the non-empty target: the benchmark fails (no result, so MISSING), and
        // JMH's log says why.
        assertTrue(missing.containsKey("LEFTOVER_TARGET"), missing.toString());
        assertTrue(run.output().contains("is not empty: refusing to write into leftovers of an earlier write"));
        assertEquals(faults.size() - 1, rejected.size() + missing.size(), "every fault but NONE failed: " + meta);

        JsonNode results = JSON.readTree(onlyFile(dir.resolve("results"), "_test.json").toFile());
        assertEquals(1, results.size(), "only the control has a score: " + results);
        assertEquals("NONE", results.get(0).path("params").path("fault").asText());
        assertEquals(1500.0, results.get(0).path("secondaryMetrics").path("rowsVerified").path("rawData")
                .get(0).get(0).asDouble());
    }

    private static Map<String, String> reasonsByFault(JsonNode entries) {
        Map<String, String> reasons = new HashMap<>();
        entries.forEach(e -> reasons.put(e.path("params").path("fault").asText(), e.path("reason").asText()));
        return reasons;
    }

    private static Path onlyFile(Path dir, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> matching = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
            assertEquals(1, matching.size(), matching.toString());
            return matching.get(0);
        }
    }
}
