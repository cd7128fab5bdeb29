package dev.tpchbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareMainTest {
    @TempDir
    Path temp;
    private Path results;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyFixtures() {
        results = Fixtures.copyResults(temp.resolve("results"));
    }

    private int run(String... knobs) {
        Properties properties = new Properties();
        properties.setProperty("jmh.results", results.toString());
        for (int i = 0; i < knobs.length; i += 2) {
            properties.setProperty(knobs[i], knobs[i + 1]);
        }
        return CompareMain.run(properties, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void comparesNewestWithLabelledBaselineAndWritesMarkdown() throws IOException {
        assertEquals(0, run("jmh.baseline", Fixtures.BASELINE));
        String table = out();
        assertTrue(line(table, "PHASE_2").endsWith("FASTER"), table);
        assertTrue(line(table, "PHASE_1_5").endsWith("NO_CHANGE"), table);
        assertTrue(line(table, "LanceWriteBenchmark", "table=lineitem").endsWith("SLOWER"), table);
        assertTrue(line(table, "CDataExportBenchmark").endsWith("FASTER"), "higher ops/s is faster\n" + table);
        assertTrue(line(table, "codec=SNAPPY").contains("not compared: unverified rows in candidate: rowsVerified varies"),
                "the faster but unverified Parquet row must not be called faster\n" + table);
        assertTrue(line(table, "NativeParquet").contains("only in baseline (candidate rejected by gate: rows: expected"),
                table);
        assertTrue(line(table, "LanceWriteBenchmark", "table=customer").contains("only in candidate"), table);
        assertTrue(table.contains("note: " + Fixtures.NEWEST + ": integrity gate FAILED"), table);

        Path markdown = results.resolve("reports/compare_" + Fixtures.NEWEST + "_vs_" + Fixtures.BASELINE + ".md");
        String md = Files.readString(markdown);
        assertTrue(md.contains("| PipelineBenchmark.pipeline | phase=PHASE_2 scaleFactor=0.01 table=lineitem |"), md);
        List<String> confirmations = table.lines().filter(l -> l.startsWith(Confirmation.PREFIX)).toList();
        assertEquals(1, confirmations.size(), "one for the one SLOWER row\n" + table);
        assertTrue(md.contains("```\n" + confirmations.get(0) + "\n```\n"), "the report keeps it\n" + md);
        try (Stream<Path> files = Files.list(markdown.getParent())) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")));
        }
    }

    @Test
    void endsWithWhatItCouldSee() throws IOException {
        assertEquals(0, run("jmh.baseline", Fixtures.BASELINE));
        String table = out().substring(0, out().indexOf("Markdown: "));
        String last = "Sensitivity: 3 of 4 compared rows could see a 5% change, 1 could not; median detectable ±2.8%";
        assertTrue(table.endsWith("2 faster, 1 slower, 1 no change, 0 inconclusive, 3 not compared (alpha 0.0100, "
                + "min effect 5%, Welch t-test on log samples)\n"
                + "Adjusted for the canary: no compared row has canary readings on both sides\n"
                + "Forks per side to see a 5% change at this spread (a planning figure: an order of magnitude): no "
                + "INCONCLUSIVE row, none needed\n" + last + "\n"), table);
        assertTrue(line(table, "PHASE_1_5").matches(".*±3\\.0% +- +NO_CHANGE"), table);
        Path markdown = results.resolve("reports/compare_" + Fixtures.NEWEST + "_vs_" + Fixtures.BASELINE + ".md");
        assertTrue(Files.readString(markdown).endsWith(last + "\n"), Files.readString(markdown));
    }

    @Test
    void inconclusiveIsShownButDoesNotFail() throws IOException {
        // The baseline again, with one row made noisy (CV about 30%): that row cannot tell 5% apart. Two
        // more rows are INCONCLUSIVE against their own copy: 5-6 samples at CV 2.4-3.5% see only about 6%.
        String noisy = "20261123T010000Z_5555fff_noisy";
        ObjectMapper json = new ObjectMapper();
        ArrayNode entries = (ArrayNode) json.readTree(results.resolve(Fixtures.BASELINE + ".json").toFile());
        ArrayNode raw = json.createArrayNode();
        raw.addArray().add(60).add(140).add(80).add(120).add(100);
        ((ObjectNode) entries.get(0).get("primaryMetric")).set("rawData", raw);
        assertEquals("PHASE_1_5", entries.get(0).get("params").get("phase").asText());
        json.writeValue(results.resolve(noisy + ".json").toFile(), entries);
        ObjectNode meta = (ObjectNode) json.readTree(results.resolve(Fixtures.BASELINE + ".meta.json").toFile());
        meta.put("runId", noisy).put("label", "noisy");
        json.writeValue(results.resolve(noisy + ".meta.json").toFile(), meta);

        assertEquals(0, run("jmh.baseline", Fixtures.BASELINE, "jmh.candidate", noisy, "jmh.failOnRegression", "true"));
        assertTrue(line(out(), "PHASE_1_5").matches(".*INCONCLUSIVE \\(could see ±[0-9.]+%\\)"), out());
        // Its 2 forks x 3 iterations are pooled (the forks agree): 3 forks give 9 samples a side,
        // t(0.995, 16) / sqrt(9) against t(0.995, 10) / sqrt(6) of today's ±6.7%, which is ±5.0%.
        assertTrue(line(out(), "LanceWriteBenchmark")
                .endsWith("INCONCLUSIVE (could see ±6.7%; about 3 forks per side would see 5%)"), out());
        assertTrue(out().contains("0 faster, 0 slower, 3 no change, 3 inconclusive, 0 not compared"), out());
        assertTrue(out().contains("Sensitivity: 3 of 6 compared rows could see a 5% change, 3 could not"), out());
        assertEquals("", err());
    }

    @Test
    void aPlantedSlowdownOnRealSamplesIsFlaggedWhereTheRowCanSeeIt() throws IOException {
        // An exact copy of the baseline as candidate, every sample planted 20% slower.
        String copy = "20261123T010000Z_5555fff_copy";
        Files.copy(results.resolve(Fixtures.BASELINE + ".json"), results.resolve(copy + ".json"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode meta = (ObjectNode) json.readTree(results.resolve(Fixtures.BASELINE + ".meta.json").toFile());
        meta.put("runId", copy).put("label", "copy");
        json.writeValue(results.resolve(copy + ".meta.json").toFile(), meta);

        assertEquals(0, run("jmh.baseline", Fixtures.BASELINE, "jmh.candidate", copy));
        Path real = results.resolve("reports/compare_" + copy + "_vs_" + Fixtures.BASELINE + ".md");
        String realReport = Files.readString(real);
        out.reset();
        assertEquals(0, run("jmh.baseline", Fixtures.BASELINE, "jmh.candidate", copy, "jmh.plantSlowdown", "1.2"));
        assertTrue(out().contains("candidate: " + copy + " (PLANTED: every sample x1.200 slower)"), out());
        assertTrue(line(out(), "PHASE_1_5").endsWith("SLOWER"), out());
        assertTrue(line(out(), "CDataExportBenchmark").endsWith("SLOWER"), "fewer ops/s is slower\n" + out());
        Path plantedReport = results.resolve("reports/compare_" + copy + "_vs_" + Fixtures.BASELINE + "_planted1.200.md");
        assertTrue(Files.readString(plantedReport).contains("PLANTED"), "the planted report has a name of its own");
        assertFalse(Files.readString(plantedReport).contains(Confirmation.PREFIX), "nothing to confirm in a plant");
        assertFalse(out().contains(Confirmation.PREFIX), out());
        assertEquals(realReport, Files.readString(real), "the real comparison's report is kept");
        assertEquals(2, run("jmh.baseline", Fixtures.BASELINE, "jmh.candidate", copy, "jmh.plantSlowdown", "0.9"));
        assertTrue(err().contains("jmh.plantSlowdown must be a factor >= 1"), err());
    }

    @Test
    void failsOnRegressionOnlyWhenAsked() {
        assertEquals(0, run("jmh.baseline", "baseline:release-1"));
        assertEquals(1, run("jmh.baseline", "baseline:release-1", "jmh.failOnRegression", "true"));
        assertTrue(err().contains("significant regression"), err());
    }

    @Test
    void defaultBaselineIsTheRunBeforeTheCandidate() {
        assertEquals(0, run());
        assertTrue(out().contains("baseline:  " + Fixtures.PHASE_2), out());
        assertTrue(out().contains("candidate: " + Fixtures.NEWEST), out());
    }

    @Test
    void otherMachineIsRefusedWithExitTwoUnlessForced() {
        assertEquals(2, run("jmh.baseline", Fixtures.OTHER_MACHINE));
        assertTrue(err().contains("CPU model differs") && err().contains("CPU count differs"), err());
        assertEquals(0, run("jmh.baseline", Fixtures.OTHER_MACHINE, "jmh.force", "true"));
        assertTrue(out().contains("WARNING: FORCED: CPU model differs"), out());
    }

    @Test
    void runWithoutMetaIsRefused() {
        assertEquals(2, run("jmh.baseline", Fixtures.NO_META));
        assertTrue(err().contains("unverifiable run"), err());
    }

    @Test
    void badInputExitsTwoWithAClearMessage() {
        assertEquals(2, run("jmh.baseline", "no-such-label"));
        assertTrue(err().contains("'no-such-label' is not a result file, a run stem, a label"), err());
        assertEquals(2, run("jmh.alpha", "often"));
        assertEquals(2, run("jmh.alpha", "1.5"));
        assertEquals(2, run("jmh.failOnRegression", "yes"));
        assertEquals(2, run("jmh.baseline", "nightly", "jmh.candidate", "nightly"));
        assertTrue(err().contains("same run"), err());
    }

    @Test
    void emptyResultsFolderExitsTwo() {
        Properties properties = new Properties();
        properties.setProperty("jmh.results", temp.resolve("nothing").toString());
        assertEquals(2, CompareMain.run(properties, new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err().contains("No runs in"), err());
    }

    @Test
    void pinMainPinsTheNewestRun() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("jmh.results", results.toString());
        properties.setProperty("jmh.pin", "nightly-ref");
        assertEquals(0, PinMain.run(properties, new PrintStream(out), new PrintStream(err)));
        assertEquals(Files.readString(results.resolve(Fixtures.NEWEST + ".json")),
                Files.readString(results.resolve("baselines/nightly-ref.json")));
    }

    private static String line(String table, String... containing) {
        return table.lines().filter(l -> Stream.of(containing).allMatch(l::contains)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + String.join(", ", containing) + " in\n" + table))
                .stripTrailing();
    }
}
