package dev.tpchbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

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
        try (Stream<Path> files = Files.list(markdown.getParent())) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")));
        }
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
