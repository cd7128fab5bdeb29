package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ProfileFoldersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    // As JMH 1.37's async profiler named it in a smoke run.
    private static final String LANCE_ROW = "dev.tpchbench.bench.LanceWriteBenchmark.writeTable-SingleShotTime-batchRows-65536"
            + "-maxRowsPerFile-1048576-scaleFactor-0.01-storageVersion-2.1-table-lineitem";

    @TempDir
    Path dir;

    private static JsonNode entry(String benchmark, String params) throws Exception {
        return JSON.readTree("{\"benchmark\":\"" + benchmark + "\",\"mode\":\"ss\",\"params\":" + params + "}");
    }

    private static JsonNode lanceRow() throws Exception {
        return entry("dev.tpchbench.bench.LanceWriteBenchmark.writeTable", "{\"table\":\"lineitem\",\"scaleFactor\":\"0.01\","
                + "\"storageVersion\":\"2.1\",\"maxRowsPerFile\":\"1048576\",\"batchRows\":\"65536\"}");
    }

    @Test
    void namesTheFolderAsJmhsAsyncProfilerDoes() throws Exception {
        assertEquals(LANCE_ROW, ProfileFolders.trialFolder(lanceRow()));
        assertEquals("b.C.m-SingleShotTime-p-a%2Fb+c", ProfileFolders.trialFolder(entry("b.C.m", "{\"p\":\"a/b c\"}")));
    }

    @Test
    void keepsOnlyTheVerifiedRowsProfiles() throws Exception {
        Path raw = dir.resolve("raw");
        Files.createDirectories(raw.resolve(LANCE_ROW));
        Files.writeString(raw.resolve(LANCE_ROW).resolve("flame-cpu-forward.html"), "<html>lance</html>");
        Files.createDirectories(raw.resolve("rejected-row"));
        Files.writeString(raw.resolve("rejected-row").resolve("flame-cpu-forward.html"), "<html>rejected</html>");
        Path target = dir.resolve("results").resolve("run.profiles");
        Files.createDirectories(target.getParent());

        assertEquals(1, ProfileFolders.keep(raw, List.of(lanceRow()), target));
        assertEquals("<html>lance</html>", Files.readString(target.resolve(LANCE_ROW).resolve("flame-cpu-forward.html")));
        assertFalse(Files.exists(target.resolve("rejected-row")));
        try (var left = Files.list(target.getParent())) {
            assertEquals(List.of(target), left.toList(), "no temporary folder left");
        }
    }

    @Test
    void noProfileNoFolder() throws Exception {
        Path raw = Files.createDirectories(dir.resolve("raw"));
        Path target = dir.resolve("run.profiles");
        assertEquals(0, ProfileFolders.keep(raw, List.of(lanceRow()), target));
        assertFalse(Files.exists(target));
        assertTrue(Files.isDirectory(raw));
    }
}
