package dev.tpchbench.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tpchbench.results.BadInputException;
import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.BenchmarkResult;
import dev.tpchbench.results.ResultsDirectory;
import dev.tpchbench.results.ResultsFormatException;
import dev.tpchbench.results.RunMeta;
import dev.tpchbench.results.RunReader;
import dev.tpchbench.results.RunResults;

class CompareResultsDirectoryTest {
    @TempDir
    Path temp;

    private ResultsDirectory results() {
        return new ResultsDirectory(Fixtures.copyResults(temp.resolve("results")));
    }

    @Test
    void listsRunsOldestFirstIgnoringTempMetaAndOtherFiles() throws IOException {
        List<String> stems = results().runs().stream().map(r -> r.stem().text()).toList();
        assertEquals(List.of(Fixtures.NO_META, Fixtures.OTHER_MACHINE, Fixtures.BASELINE, Fixtures.PHASE_2,
                Fixtures.NEWEST), stems);
    }

    @Test
    void resolvesLabelsToTheirNewestRun() throws Exception {
        ResultsDirectory results = results();
        assertEquals(Fixtures.NEWEST, results.resolve("nightly").id());
        assertEquals(Fixtures.PHASE_2, results.resolve("phase-2").id());
        assertEquals(Fixtures.BASELINE, results.resolve(Fixtures.BASELINE).id());
        Path file = results.path().resolve(Fixtures.PHASE_2 + ".json");
        assertEquals(Fixtures.PHASE_2, results.resolve(file.toString()).id());
        BadInputException unknown = assertThrows(BadInputException.class, () -> results.resolve("phase-3"));
        assertTrue(unknown.getMessage().contains("Labels there: nightly, nometa, phase-2"), unknown.getMessage());
    }

    @Test
    void runBeforeIsThePreviousRunOfAnyLabel() throws Exception {
        ResultsDirectory results = results();
        assertEquals(Fixtures.PHASE_2, results.runBefore(results.resolve(Fixtures.NEWEST)).orElseThrow().stem().text());
        assertTrue(results.runBefore(results.resolve(Fixtures.NO_META)).isEmpty());
    }

    @Test
    void readsEntriesMetaAndGate() throws Exception {
        RunResults run = results().resolve(Fixtures.NEWEST);
        RunMeta meta = run.meta().orElseThrow();
        assertEquals("FAILED", meta.status());
        assertEquals("Intel(R) Xeon(R) CPU @ 2.20GHz", meta.machine().cpuModel());
        assertEquals("7.0.0", meta.versions().get("lance-core"));
        BenchmarkId lance = new BenchmarkId("dev.tpchbench.bench.LanceWriteBenchmark.writeTable",
                Map.of("table", "lineitem", "scaleFactor", "0.01"));
        BenchmarkResult result = run.entry(lance).orElseThrow();
        assertArrayEquals(new double[]{2.6, 2.7, 2.5, 2.65, 2.55, 2.6}, result.samples(), "forks pooled");
        assertEquals(60175, result.rows());
        BenchmarkId nativeParquet = new BenchmarkId("dev.tpchbench.bench.NativeParquetWriteBenchmark.writeTable",
                Map.of("scaleFactor", "0.01", "table", "lineitem"));
        assertEquals("rejected by gate: rows: expected 60,175, actual 0", run.gateProblem(nativeParquet).orElseThrow());
    }

    @Test
    void scoreErrorNaNIsRead() throws Exception {
        Path file = temp.resolve("20261201T000000Z_abc_one.json");
        Files.writeString(file, "[{\"benchmark\":\"a.B.c\",\"mode\":\"ss\",\"params\":{},\"primaryMetric\":{\"score\":1.5,"
                + "\"scoreError\":\"NaN\",\"scoreUnit\":\"s/op\",\"rawData\":[[1.5]]},\"secondaryMetrics\":{}}]");
        BenchmarkResult result = RunReader.read("x", file).entries().values().iterator().next();
        assertTrue(Double.isNaN(result.scoreError()));
        assertEquals("rowsVerified missing", result.rowsProblem().orElseThrow());
    }

    @Test
    void truncatedRunIsAFormatErrorNotAnEmptyRun() throws IOException {
        ResultsDirectory results = results();
        Path newest = results.path().resolve(Fixtures.NEWEST + ".json");
        String text = Files.readString(newest);
        Files.writeString(newest, text.substring(0, text.length() / 2));
        assertThrows(ResultsFormatException.class, () -> results.resolve(Fixtures.NEWEST));
    }

    @Test
    void pinCopiesRunAndMetaAndResolvesAsBaseline() throws Exception {
        ResultsDirectory results = results();
        RunResults run = results.resolve(Fixtures.NEWEST);
        Path pinned = results.pin(run, "before-phase-3");
        assertArrayEquals(Files.readAllBytes(run.jsonFile()), Files.readAllBytes(pinned));
        assertTrue(Files.isRegularFile(results.baselinesDir().resolve("before-phase-3.meta.json")));
        RunResults back = results.resolve("baseline:before-phase-3");
        assertEquals(run.entries().keySet(), back.entries().keySet());
        assertEquals(run.time(), back.time(), "time comes from the meta's runId");
        assertEquals(List.of("before-phase-3", "release-1"), results.pinnedNames());
        try (var files = Files.list(results.baselinesDir())) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void pinRefusesRunsWithoutMetaAndBadNames() throws Exception {
        ResultsDirectory results = results();
        assertThrows(BadInputException.class, () -> results.pin(results.resolve(Fixtures.NO_META), "x"));
        assertThrows(BadInputException.class, () -> results.pin(results.resolve(Fixtures.NEWEST), "../escape"));
        assertThrows(BadInputException.class, () -> results.resolve("baseline:nope"));
    }
}
