package dev.tpchbench.ab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tpchbench.compare.CompareSettings;
import dev.tpchbench.compare.ComparisonRow;
import dev.tpchbench.compare.RunComparator;
import dev.tpchbench.compare.RunComparison;
import dev.tpchbench.compare.Verdict;
import dev.tpchbench.measure.Canary;
import dev.tpchbench.output.RunLeftovers;
import dev.tpchbench.results.CanaryReadings;
import dev.tpchbench.results.RunReader;

/**
 * {@code jmh:ab} end to end with real runners and JMH forks, working tree against itself on tiny data:
 * both sides recorded as ordinary runs holding rounds x iterations samples, and the report written;
 * a change of known size planted on one side only is reported SLOWER.
 */
class AbEndToEndIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Properties knobs(Path dir) {
        Properties p = new Properties();
        p.setProperty("suite.root", System.getProperty("suite.root", "."));
        p.setProperty("jmh.results", dir.resolve("results").toString());
        p.setProperty("jmh.scratch", dir.resolve("scratch").toString());
        p.setProperty("jmh.preset", "smoke");
        p.setProperty("jmh.include", "TpchGenerateBenchmark");
        p.setProperty("jmh.params", "table=customer;scaleFactor=0.01");
        p.setProperty("jmh.baseline", Revision.WORKTREE);
        p.setProperty("jmh.candidate", Revision.WORKTREE);
        p.setProperty("jmh.forks", "2");
        p.setProperty("jmh.warmupIterations", "0");
        p.setProperty("jmh.iterations", "3");
        return p;
    }

    /** Runs AbMain in this JVM (its rounds in JVMs of their own); returns exit status, output. */
    static String[] ab(Properties knobs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AbMain.run(knobs, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(exit), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    static Path only(Path folder, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
            assertEquals(1, found.size(), suffix + " in " + folder + ": " + found);
            return found.get(0);
        }
    }

    @Test
    void bothSidesRecordedAsOrdinaryRunsAndCompared() throws Exception {
        String[] run = ab(knobs(dir));
        assertEquals("0", run[0], run[1] + run[2]);

        Path results = dir.resolve("results");
        for (Side side : Side.values()) {
            Path json = only(results, "_ab-" + side.word() + ".json");
            JsonNode entries = JSON.readTree(json.toFile());
            assertEquals(1, entries.size());
            JsonNode entry = entries.get(0);
            assertEquals("dev.tpchbench.bench.TpchGenerateBenchmark.generateTable", entry.get("benchmark").asText());
            assertEquals(2, entry.get("forks").asInt());
            JsonNode raw = entry.at("/primaryMetric/rawData");
            assertEquals(2, raw.size(), "one fork array per round");
            assertEquals(3, raw.get(0).size());
            assertEquals(3, raw.get(1).size());
            assertTrue(entry.at("/primaryMetric/scoreError").isNumber(), "six samples have an error bar");
            for (JsonNode fork : entry.at("/secondaryMetrics/rowsVerified/rawData")) {
                fork.forEach(rows -> assertEquals(1500.0, rows.asDouble()));
            }
            // Each round's runner timed its canary beside its fork; the merge keeps one reading per round.
            CanaryReadings canary = CanaryReadings.fromEntry(entry, json.toString()).orElseThrow();
            assertEquals(Canary.WORK, canary.work());
            assertEquals(2, canary.forks());

            JsonNode meta = JSON.readTree(only(results, "_ab-" + side.word() + ".meta.json").toFile());
            assertEquals("ab-" + side.word(), meta.get("label").asText());
            assertEquals("PASSED", meta.get("status").asText());
            assertEquals(40, meta.at("/git/sha").asText().length());
            assertEquals(2, meta.at("/jmh/forks").asInt());
            assertTrue(meta.at("/jmh/interleaved").asBoolean());
            assertEquals("ABBA", meta.at("/ab/order").asText());
            assertEquals(side.word(), meta.at("/ab/side").asText());
            assertEquals(2, meta.at("/ab/roundRuns").size());
            only(results, "_ab-" + side.word() + ".summary.md");
        }
        Path report = only(results.resolve("reports"), ".md");
        assertTrue(Files.readString(report).contains("TpchGenerateBenchmark.generateTable"), Files.readString(report));
        assertTrue(Files.readString(report).contains("not adjusted: needs 3 forks per side, baseline has 2"),
                Files.readString(report));
        assertTrue(run[1].contains("Markdown: " + report), run[1]);
        assertEquals(List.of(), RunLeftovers.in(dir.resolve("scratch")), "scratch folders removed");
    }

    /** The candidate's forks make the Lance write 4x slower (PlantedChangeBenchmark), far above this size's noise. */
    @Test
    void aSlowdownPlantedInTheCandidateIsSlower() throws Exception {
        Properties knobs = knobs(dir);
        knobs.setProperty("jmh.include", "PlantedChangeBenchmark");
        knobs.setProperty("jmh.warmupIterations", "1");
        knobs.setProperty("jmh.iterations", "5");
        // Three rounds: if the forks of a side differ, the fork is the unit, and two forks leave one degree of freedom.
        knobs.setProperty("jmh.forks", "3");
        knobs.setProperty("jmh.candidateJvmArgs", "-Dtpchbench.plantedChange=4.0");
        knobs.setProperty("jmh.failOnRegression", "true");

        String[] run = ab(knobs);

        assertEquals("1", run[0], "a regression with failOnRegression fails:\n" + run[1] + run[2]);
        assertTrue(run[2].contains("significant regression (1 slower)"), run[2]);
        Path results = dir.resolve("results");
        Path baseline = only(results, "_ab-baseline.json");
        Path candidate = only(results, "_ab-candidate.json");
        RunComparison comparison = new RunComparator(CompareSettings.defaults()).compare(
                RunReader.read("baseline", baseline), RunReader.read("candidate", candidate));
        assertEquals(1, comparison.rows().size(), comparison.rows().toString());
        ComparisonRow row = comparison.rows().get(0);
        assertEquals(Verdict.SLOWER, row.verdict(), row.toString());
        assertTrue(row.estimate().orElseThrow().ratio() > 1.5, row.toString());
        assertEquals(15, RunReader.read("candidate", candidate).entries().values().iterator().next().samples().length);
        JsonNode meta = JSON.readTree(only(results, "_ab-candidate.meta.json").toFile());
        assertEquals("-Dtpchbench.plantedChange=4.0", meta.at("/jmh/sideJvmArgs/0").asText());
    }

    /** The gate rejects the first round (an empty Lance write): stop there, name it, record nothing. */
    @Test
    void aRoundTheGateRejectsStopsTheRunAndRecordsNothing() throws Exception {
        Path earlier = Files.createDirectories(dir.resolve("results")).resolve("20200101T000000Z_abcdef0_old.json");
        Files.writeString(earlier, "[]");
        Properties knobs = knobs(dir);
        knobs.setProperty("jmh.include", "FaultInjectionBenchmark");
        knobs.setProperty("jmh.params", "table=customer;scaleFactor=0.01;fault=EMPTY");
        knobs.setProperty("jmh.iterations", "1");

        String[] run = ab(knobs);

        assertEquals("1", run[0], run[1] + run[2]);
        assertTrue(run[2].contains("round 1 of 2, baseline WORKTREE ("), run[2]);
        assertTrue(run[2].contains("Nothing was recorded for either side"), run[2]);
        assertTrue(!run[1].contains("round 1 of 2: candidate"), "no round after the failed one:\n" + run[1]);
        try (Stream<Path> files = Files.list(dir.resolve("results"))) {
            assertEquals(List.of(earlier), files.toList(), "only the earlier run");
        }
        assertEquals("[]", Files.readString(earlier));
        assertEquals(List.of(), RunLeftovers.in(dir.resolve("scratch")), "scratch folders removed");
    }
}
