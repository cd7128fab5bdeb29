package dev.tpchbench.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.BenchmarkResult;
import dev.tpchbench.results.RunResults;

class NewestRunScalingTest {
    private static final String STREAMING = "dev.tpchbench.bench.StreamingWriteBenchmark.writeTable";
    private static final double GIB = 1L << 30;
    /** lineitem rows at SF 0.1, 1 and 10 (dbgen). */
    private static final Map<String, Double> LINEITEM = Map.of("0.1", 600_572.0, "1", 6_001_215.0, "10", 59_986_052.0);

    private static BenchmarkResult entry(String benchmark, Map<String, String> params, double score, double error,
                                         String unit, double rows, double... peakRss) {
        Map<String, List<Double>> secondary = new LinkedHashMap<>();
        secondary.put(BenchmarkResult.ROWS_METRIC, List.of(rows, rows, rows));
        if (peakRss.length > 0) {
            secondary.put("peakRssBytes", Arrays.stream(peakRss).boxed().toList());
        }
        return new BenchmarkResult(new BenchmarkId(benchmark, params), "ss", score, error, unit,
                List.<double[]>of(new double[] {score, score, score}), secondary);
    }

    /** A StreamingWriteBenchmark entry on lineitem at 65,536-row batches, in seconds. */
    private static BenchmarkResult streaming(String path, String scaleFactor, double seconds, double error,
                                             double... peakRss) {
        return entry(STREAMING, Map.of("path", path, "scaleFactor", scaleFactor, "table", "lineitem",
                "batchRows", "65536"), seconds, error, "s/op", LINEITEM.get(scaleFactor), peakRss);
    }

    private static RunResults run(BenchmarkResult... entries) {
        Map<BenchmarkId, BenchmarkResult> byKey = new TreeMap<>();
        for (BenchmarkResult entry : entries) {
            byKey.put(entry.key(), entry);
        }
        return new RunResults("20261202T220000Z_abc1234_scaling", Path.of("none.json"),
                Instant.parse("2026-12-02T22:00:00Z"), Optional.empty(), new TreeMap<>(byKey));
    }

    private static ScalingChart chart(List<NamedChart> charts, String fileName) {
        return (ScalingChart) charts.stream().filter(c -> c.fileName().equals(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + fileName + " in " + charts.stream()
                        .map(NamedChart::fileName).toList())).chart();
    }

    private static List<Double> scaleFactors(ScalingChart.Line line) {
        return line.points().stream().map(ScalingChart.Point::scaleFactor).toList();
    }

    @Test
    void eachPathOfABenchmarkAtSeveralScaleFactorsIsOneLineAndBenchmarksAtOneAreNotCharted() {
        RunResults run = run(
                streaming("PHASE_2", "10", 15.0, 0.5), streaming("PHASE_2", "0.1", 0.15, 0.01),
                streaming("PHASE_2", "1", 1.5, 0.05), streaming("PARQUET", "1", 4.0, 0.1),
                streaming("PARQUET", "0.1", 0.4, 0.01),
                // One scale factor only: no chart.
                entry("dev.tpchbench.bench.LanceWriteBenchmark.writeTable", Map.of("scaleFactor", "1",
                        "table", "lineitem"), 1.6, 0.1, "s/op", 6_001_215),
                // Two scale factors, but on different paths: neither path scales, so no chart either.
                entry("dev.tpchbench.bench.PipelineBenchmark.pipeline", Map.of("phase", "PHASE_2",
                        "scaleFactor", "1", "table", "lineitem"), 1.5, 0.1, "s/op", 6_001_215),
                entry("dev.tpchbench.bench.PipelineBenchmark.pipeline", Map.of("phase", "PHASE_1_5",
                        "scaleFactor", "0.1", "table", "lineitem"), 0.2, 0.01, "s/op", 600_572));

        List<NamedChart> charts = NewestRunScaling.charts(run);

        assertEquals(List.of("scaling_StreamingWriteBenchmark.writeTable_rows-per-s"),
                charts.stream().map(NamedChart::fileName).toList(), "no peak RSS recorded: no RSS chart");
        ScalingChart rates = chart(charts, "scaling_StreamingWriteBenchmark.writeTable_rows-per-s");
        assertEquals(List.of("path=PARQUET", "path=PHASE_2"), rates.lines().stream().map(ScalingChart.Line::name).toList());
        assertEquals(List.of(0.1, 1.0), scaleFactors(rates.lines().get(0)));
        assertEquals(List.of(0.1, 1.0, 10.0), scaleFactors(rates.lines().get(1)), "in scale factor order");
        String svg = rates.svg();
        assertTrue(svg.contains("run 20261202T220000Z_abc1234_scaling   batchRows=65536 table=lineitem"),
                "the parameters every line shares are said once, above the chart");
        assertTrue(svg.contains(">path=PHASE_2</text>"), "legend");
        assertTrue(svg.contains(">scale factor (log scale)</text>"));
    }

    @Test
    void rowsPerSecondAreTheRowsVerifiedOverTheTimeOfOneOperation() {
        RunResults run = run(streaming("PHASE_2", "0.1", 0.15, 0.01), streaming("PHASE_2", "1", 1.5, 0.05),
                // The same times in ms/op: the same rows/s.
                entry(STREAMING, Map.of("path", "PARQUET", "scaleFactor", "0.1", "table", "lineitem",
                        "batchRows", "65536"), 150, 10, "ms/op", 600_572),
                entry(STREAMING, Map.of("path", "PARQUET", "scaleFactor", "1", "table", "lineitem",
                        "batchRows", "65536"), 1500, 0, "ms/op", 6_001_215));

        ScalingChart rates = chart(NewestRunScaling.charts(run), "scaling_StreamingWriteBenchmark.writeTable_rows-per-s");

        assertEquals("million rows/s", rates.unit());
        ScalingChart.Point small = rates.lines().get(1).points().get(0);
        assertEquals(600_572 / 0.15 / 1e6, small.value(), 1e-9);
        assertEquals(4.003813, small.value(), 1e-6);
        // The interval of the time turned around: the longest time gives the fewest rows/s.
        assertEquals(600_572 / 0.16 / 1e6, small.low(), 1e-9);
        assertEquals(600_572 / 0.14 / 1e6, small.high(), 1e-9);
        ScalingChart.Point large = rates.lines().get(1).points().get(1);
        assertEquals(6_001_215 / 1.5 / 1e6, large.value(), 1e-9);
        assertEquals(6_001_215 / 1.55 / 1e6, large.low(), 1e-9);

        ScalingChart.Line inMilliseconds = rates.lines().get(0);
        assertEquals(small.value(), inMilliseconds.points().get(0).value(), 1e-9);
        assertEquals(small.low(), inMilliseconds.points().get(0).low(), 1e-9);
        assertTrue(Double.isNaN(inMilliseconds.points().get(1).low()), "no error: no bar");
        assertEquals(0, rates.yScale().low());
        assertEquals(5, rates.yScale().high(), 1e-9, "from zero to the highest bar, 4.29 million rows/s");
    }

    @Test
    void perBatchBenchmarksCountTheRowsOfAnAverageBatchOfTheirRing() {
        // A ring of 8 batches of 1,024 rows: one operation is one batch of 1,024 rows.
        String export = "dev.tpchbench.bench.CDataExportBenchmark.exportBatch";
        RunResults run = run(
                entry(export, Map.of("batchRows", "1024", "ringBatches", "8", "scaleFactor", "0.1", "table", "lineitem"),
                        50, 1, "us/op", 8 * 1024),
                entry(export, Map.of("batchRows", "1024", "ringBatches", "8", "scaleFactor", "1", "table", "lineitem"),
                        64, 1, "us/op", 8 * 1024));

        ScalingChart rates = chart(NewestRunScaling.charts(run), "scaling_CDataExportBenchmark.exportBatch_rows-per-s");

        List<ScalingChart.Point> points = rates.lines().get(0).points();
        assertEquals(20.48, points.get(0).value(), 1e-9, "1,024 rows in 50 us, in million rows/s");
        assertEquals(16.0, points.get(1).value(), 1e-9);
        assertEquals("CDataExportBenchmark.exportBatch", rates.lines().get(0).name(), "the only line");
    }

    @Test
    void peakRssIsTheMeanOfTheIterationsThatKnewItWithTheirRangeAsBar() {
        RunResults run = run(
                streaming("PHASE_1_5", "0.1", 0.2, 0.01, 1 * GIB, 1.5 * GIB, -1),
                streaming("PHASE_1_5", "1", 2.0, 0.1, 2 * GIB, 3 * GIB, 4 * GIB),
                // Unknown in every iteration at one scale factor: one point left, no line.
                streaming("READ_SOURCE", "0.1", 0.05, 0.01, -1, -1, -1),
                streaming("READ_SOURCE", "1", 0.5, 0.01, 2 * GIB, 2 * GIB, 2 * GIB));

        List<NamedChart> charts = NewestRunScaling.charts(run);
        ScalingChart rss = chart(charts, "scaling_StreamingWriteBenchmark.writeTable_peak-rss");

        assertEquals("GiB", rss.unit());
        assertEquals(List.of("StreamingWriteBenchmark.writeTable"), rss.lines().stream().map(ScalingChart.Line::name)
                .toList(), "READ_SOURCE has one known point: left out, so PHASE_1_5 is the only line");
        ScalingChart.Point small = rss.lines().get(0).points().get(0);
        assertEquals(1.25, small.value(), 1e-12, "-1 (unknown) is left out of the mean");
        assertEquals(1.0, small.low(), 1e-12);
        assertEquals(1.5, small.high(), 1e-12);
        ScalingChart.Point large = rss.lines().get(0).points().get(1);
        assertEquals(3.0, large.value(), 1e-12);
        assertEquals(2.0, large.low(), 1e-12);
        assertEquals(4.0, large.high(), 1e-12);
        assertTrue(rss.svg().contains("path=PHASE_1_5"), "the lone line's parameters are in the subtitle");
        assertEquals(2, chart(charts, "scaling_StreamingWriteBenchmark.writeTable_rows-per-s").lines().size(),
                "rows/s is known at both scale factors of both paths");
    }

    @Test
    void smallPeaksAreShownInMebibytes() {
        RunResults run = run(streaming("PHASE_2", "0.1", 0.2, 0.01, 300 * (1 << 20)),
                streaming("PHASE_2", "1", 2.0, 0.1, 900 * (1 << 20)));

        ScalingChart rss = chart(NewestRunScaling.charts(run), "scaling_StreamingWriteBenchmark.writeTable_peak-rss");

        assertEquals("MiB", rss.unit());
        assertEquals(List.of(300.0, 900.0), rss.lines().get(0).points().stream().map(ScalingChart.Point::value).toList());
    }

    @Test
    void noChartWhenEveryPathWasMeasuredAtOneScaleFactor() {
        assertEquals(List.of(), NewestRunScaling.charts(run(streaming("PHASE_2", "1", 1.5, 0.05),
                streaming("PARQUET", "1", 4.0, 0.1))));
        // The second scale factor's rows were not verified (0): it does not count.
        BenchmarkResult unverified = entry(STREAMING, Map.of("path", "PHASE_2", "scaleFactor", "10", "table", "lineitem",
                "batchRows", "65536"), 15, 0.5, "s/op", 0);
        assertEquals(List.of(), NewestRunScaling.charts(run(streaming("PHASE_2", "1", 1.5, 0.05), unverified)));
        assertEquals(Map.of(), NewestRunScaling.paths(run(streaming("PHASE_2", "1", 1.5, 0.05), unverified)));
    }

    @Test
    void theScaleFactorAxisIsLogarithmicWithTicksAtOneAndThreeTimesEachPowerOfTen() {
        LogAxisScale axis = LogAxisScale.covering(0.1, 10);
        assertEquals(new LogAxisScale(0.03, 30), axis);
        assertEquals(List.of(0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0), axis.ticks());
        assertEquals(List.of("0.03", "0.1", "0.3", "1", "3", "10", "30"), axis.ticks().stream().map(axis::label).toList());
        assertEquals(100, axis.map(10, 0, 300) - axis.map(1, 0, 300), 1e-9, "a decade is a third of 3 decades");
        assertEquals(axis.map(1, 0, 300) - axis.map(0.1, 0, 300), axis.map(10, 0, 300) - axis.map(1, 0, 300), 1e-9);
        assertEquals(0, axis.map(0.03, 0, 300), 1e-9);
        assertEquals(300, axis.map(30, 0, 300), 1e-9);

        assertEquals(new LogAxisScale(0.3, 10), LogAxisScale.covering(1, 3));
        assertEquals(new LogAxisScale(0.0003, 3000), LogAxisScale.covering(0.001, 1000), "exact powers of ten");
        assertEquals(List.of(0.003, 0.01, 0.03), LogAxisScale.covering(0.01, 0.01).ticks());
        assertThrows(IllegalArgumentException.class, () -> LogAxisScale.covering(0, 1));
    }

    @Test
    void theChartPlacesScaleFactorsByTheirLogarithm() {
        RunResults run = run(streaming("PHASE_2", "0.1", 0.15, 0.01), streaming("PHASE_2", "1", 1.5, 0.05),
                streaming("PHASE_2", "10", 15.0, 0.5));
        ScalingChart rates = chart(NewestRunScaling.charts(run), "scaling_StreamingWriteBenchmark.writeTable_rows-per-s");
        assertEquals(new LogAxisScale(0.03, 30), rates.xScale());

        // The line's three points are the SVG's first circles (the legend's comes after them).
        Matcher circle = Pattern.compile("<circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"").matcher(rates.svg());
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        while (circle.find() && xs.size() < 3) {
            xs.add(Double.parseDouble(circle.group(1)));
            ys.add(Double.parseDouble(circle.group(2)));
        }
        assertEquals(xs.get(1) - xs.get(0), xs.get(2) - xs.get(1), 0.15, "0.1, 1 and 10 equally spaced: " + xs);
        assertTrue(xs.get(1) - xs.get(0) > 100, xs.toString());
        // About 4 million rows/s at every scale factor: one height.
        assertEquals(ys.get(0), ys.get(2), 0.6, ys.toString());
        assertFalse(rates.svg().contains("NaN"));
    }
}
