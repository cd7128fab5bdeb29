package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The scaling preset through the real runner and real forks: Phase 1.5, which accumulates the table, is
 * refused before it starts where it would not fit (a clear REFUSED line, not an out-of-memory crash), the
 * run still passes, and the streaming path beside it runs and verifies at both sizes.
 */
class ScalingRefusalIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void phase15IsRefusedWhereTheTableDoesNotFitAndTheStreamingPathStillRuns(@TempDir Path dir) throws Exception {
        // lineitem at SF 0.02 is about 23 MB of Arrow, held 1.58 times by Phase 1.5: more than 30 MB of direct
        // memory allows. At SF 0.01 it fits. The streaming path holds a few 4,096-row batches.
        SuiteRun run = SuiteRun.run(dir, "StreamingWriteBenchmark",
                "table=lineitem;scaleFactor=0.01,0.02;batchRows=4096;path=PHASE_1_5,PHASE_2",
                "jmh.preset", "scaling", "jmh.warmupIterations", "0", "jmh.iterations", "1",
                "jmh.jvmArgsAppend", "-XX:MaxDirectMemorySize=30m");

        assertEquals(0, run.report.exitCode, run.output);
        assertEquals(1, run.report.outcome.refused().size(), run.output);
        assertEquals("0.02", run.report.outcome.refused().get(0).id().params().get("scaleFactor"));
        assertEquals("PHASE_1_5", run.report.outcome.refused().get(0).id().params().get("path"));
        assertTrue(run.output.contains("REFUSED: PHASE_1_5 refused for lineitem at SF 0.02: it holds the whole table 1.58 times"),
                run.output);
        assertTrue(run.output.contains("about 35 MiB of Arrow memory (120,515 rows x 194 B/row, measured at SF 0.01), "
                + "but there is 30 MiB of direct memory for this JVM"), run.output);

        JsonNode results = JSON.readTree(run.report.resultsFile.toFile());
        Set<String> verified = new HashSet<>();
        for (JsonNode entry : results) {
            verified.add(entry.path("params").path("path").asText() + "@" + entry.path("params").path("scaleFactor").asText());
        }
        assertEquals(Set.of("PHASE_1_5@0.01", "PHASE_2@0.01", "PHASE_2@0.02"), verified);
        JsonNode meta = JSON.readTree(run.report.metadataFile.toFile());
        assertEquals("PASSED", meta.path("status").asText(), meta.toString());
        assertEquals(1, meta.path("gate").path("refused").size(), meta.toString());
    }
}
