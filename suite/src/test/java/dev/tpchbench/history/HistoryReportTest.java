package dev.tpchbench.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class HistoryReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path temp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int report(Path results) {
        Properties properties = new Properties();
        properties.setProperty("jmh.results", results.toString());
        return ReportMain.run(properties, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesHtmlWithInlineSvgAndDecodablePngs() throws IOException {
        Path results = SyntheticHistory.write(temp.resolve("results"));
        assertEquals(0, report(results), err.toString(StandardCharsets.UTF_8));

        String html = Files.readString(results.resolve("reports/index.html"));
        assertTrue(html.contains("<svg"), "inline SVG");
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"),
                "nothing fetched from the network");
        List<Path> pngs;
        try (Stream<Path> files = Files.list(results.resolve("reports/png"))) {
            pngs = files.sorted().toList();
        }
        // 10 series, 2 write-path bar charts, and rows/s against scale factor (0.01 and 1) of each of the 4 benchmarks.
        assertEquals(10 + 2 + 4, pngs.size(), pngs.toString());
        for (Path png : pngs) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, png + " decodes");
            assertTrue(image.getWidth() > 600 && image.getHeight() > 150, png.toString());
        }
        assertTrue(Files.exists(results.resolve("reports/png/writes_table-lineitem-scaleFactor-1_s-op.png")), pngs.toString());
        assertTrue(Files.exists(results.resolve("reports/png/scaling_PipelineBenchmark.pipeline_rows-per-s.png")),
                pngs.toString());
        assertTrue(html.contains("<h2>Scaling with the data (newest run)</h2>"), "scaling section");
        assertTrue(html.contains("<title>PipelineBenchmark.pipeline: rows/s by scale factor</title>"), "its inline SVG");
    }

    @Test
    void noScalingSectionWhenTheNewestRunHasOneScaleFactor() throws IOException {
        Path results = SyntheticHistory.write(temp.resolve("results"));
        Path newest = results.resolve(SyntheticHistory.stem(SyntheticHistory.RUNS - 1) + ".json");
        ArrayNode entries = (ArrayNode) JSON.readTree(newest.toFile());
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (!entries.get(i).path("params").path("scaleFactor").asText().equals("1")) {
                entries.remove(i);
            }
        }
        assertEquals(5, entries.size());
        JSON.writeValue(newest.toFile(), entries);

        assertEquals(0, report(results), err.toString(StandardCharsets.UTF_8));

        String html = Files.readString(results.resolve("reports/index.html"));
        assertFalse(html.contains("Scaling with the data"), "older runs at two scale factors do not count");
        assertTrue(html.contains("Score over time"), "the rest of the report is there");
        try (Stream<Path> files = Files.list(results.resolve("reports/png"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("scaling_")));
        }
    }

    @Test
    void reportsTheLanceSlowdownOnceAtItsFirstRunAndNotTheOutlier() throws IOException {
        Path results = SyntheticHistory.write(temp.resolve("results"));
        assertEquals(0, report(results));
        List<String> shifts = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("SHIFT")).toList();
        assertEquals(2, shifts.size(), shifts.toString());
        for (String shift : shifts) {
            assertTrue(shift.startsWith("SHIFT LanceWriteBenchmark.writeTable"), shift);
            assertTrue(shift.contains("(worse) from run " + SyntheticHistory.stem(SyntheticHistory.LANCE_SLOWDOWN_RUN)),
                    shift);
        }
    }

    @Test
    void truncatedRunAndLeftoverTempFileAreLeftOutNotFatal() throws IOException {
        Path results = SyntheticHistory.write(temp.resolve("results"));
        Path newest = results.resolve(SyntheticHistory.stem(SyntheticHistory.RUNS - 1) + ".json");
        String text = Files.readString(newest);
        Files.writeString(newest, text.substring(0, text.length() / 3));
        Files.writeString(results.resolve("." + SyntheticHistory.stem(99) + ".json.123.tmp"), "[{\"bench");

        assertEquals(0, report(results), err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("left out: " + SyntheticHistory.stem(SyntheticHistory.RUNS - 1) + ": unreadable"),
                printed);
        assertTrue(printed.contains("(13 runs"), printed);
    }

    @Test
    void reportRewriteLeavesNoTemporaryFilesAndReplacesTheOldPage() throws IOException {
        Path results = SyntheticHistory.write(temp.resolve("results"));
        Files.createDirectories(results.resolve("reports"));
        Files.writeString(results.resolve("reports/index.html"), "old");
        assertEquals(0, report(results));
        assertTrue(Files.readString(results.resolve("reports/index.html")).startsWith("<!DOCTYPE html>"));
        try (Stream<Path> files = Files.walk(results)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")));
        }
    }

    @Test
    void profiledRunIsLeftOutOfTheHistoryAndItsFlameGraphsAreLinked() throws IOException {
        Path results = SyntheticHistory.write(temp.resolve("results"));
        String newest = SyntheticHistory.stem(SyntheticHistory.RUNS - 1);
        String profiled = SyntheticHistory.stem(SyntheticHistory.RUNS);
        Files.copy(results.resolve(newest + ".json"), results.resolve(profiled + ".json"));
        ObjectNode meta = (ObjectNode) JSON.readTree(results.resolve(newest + ".meta.json").toFile());
        meta.put("runId", profiled).put("profiler", "async:itimer");
        Files.writeString(results.resolve(profiled + ".meta.json"), JSON.writeValueAsString(meta));
        String row = "dev.tpchbench.bench.LanceWriteBenchmark.writeTable-SingleShotTime-scaleFactor-1-table-lineitem";
        for (String fork : List.of("fork-1", "fork-2")) {
            Path flame = results.resolve(profiled + ".profiles").resolve(row).resolve(fork).resolve("flame-itimer-forward.html");
            Files.createDirectories(flame.getParent());
            Files.writeString(flame, "<html></html>");
        }

        assertEquals(0, report(results), err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("left out: " + profiled + ": profiled (async:itimer)"), printed);
        assertTrue(printed.contains("(" + SyntheticHistory.RUNS + " runs"), printed);
        String html = Files.readString(results.resolve("reports/index.html"));
        String link = "<a href=\"../" + profiled + ".profiles/" + row + "/fork-";
        assertTrue(html.contains("<li>LanceWriteBenchmark.writeTable-SingleShotTime-scaleFactor-1-table-lineitem: "
                + link + "1/flame-itimer-forward.html\">fork 1</a>, " + link + "2/flame-itimer-forward.html\">fork 2</a></li>"),
                html);
    }

    @Test
    void emptyResultsExitTwo() {
        assertEquals(2, report(temp.resolve("none")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("No verified runs"));
    }
}
