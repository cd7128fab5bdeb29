package dev.tpchbench.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.BenchmarkResult;
import dev.tpchbench.results.RowsPerSecond;
import dev.tpchbench.results.RunResults;

/**
 * How one run's paths scale with the data: for each benchmark that the run measured at two or more
 * scale factors with otherwise equal parameters, a chart of rows/s and one of peak RSS against the
 * scale factor, one line per path (the benchmark with all its parameters but {@code scaleFactor}).
 * Entries with unverified rows, and scale factors that are not positive numbers, are left out.
 */
public final class NewestRunScaling {
    static final String SCALE_FACTOR = "scaleFactor";
    static final String PEAK_RSS = "peakRssBytes";
    private static final double MIB = 1 << 20;
    private static final double GIB = 1 << 30;

    /** The unit a chart shows its values in: raw values are divided by {@code divisor}. */
    private record DisplayUnit(String name, double divisor) {
    }

    private NewestRunScaling() {
    }

    /** Rows/s and peak RSS charts of every benchmark with a path at two or more scale factors; none otherwise. */
    public static List<NamedChart> charts(RunResults run) {
        List<NamedChart> charts = new ArrayList<>();
        paths(run).forEach((benchmark, paths) -> {
            String name = paths.firstKey().shortName();
            Map<BenchmarkId, List<ScalingChart.Point>> rates = lines(paths, NewestRunScaling::rowsPerSecond);
            if (!rates.isEmpty()) {
                charts.add(new NamedChart("scaling_" + name + "_rows-per-s", chart(name + ": rows/s by scale factor",
                        run, rates, rowsUnit(rates), "error bars: from JMH's 99.9% CI of the time")));
            }
            Map<BenchmarkId, List<ScalingChart.Point>> rss = lines(paths, NewestRunScaling::peakRss);
            if (!rss.isEmpty()) {
                charts.add(new NamedChart("scaling_" + name + "_peak-rss", chart(name + ": peak RSS by scale factor",
                        run, rss, bytesUnit(rss), "mean of the iterations; bars: lowest to highest iteration")));
            }
        });
        return charts;
    }

    /** Benchmark -> path -> scale factor -> entry, only for paths measured at two or more scale factors. */
    static SortedMap<String, SortedMap<BenchmarkId, SortedMap<Double, BenchmarkResult>>> paths(RunResults run) {
        SortedMap<BenchmarkId, SortedMap<Double, BenchmarkResult>> byPath = new TreeMap<>();
        for (BenchmarkResult entry : run.entries().values()) {
            Optional<Double> scaleFactor = scaleFactor(entry.key());
            if (scaleFactor.isPresent() && entry.rowsProblem().isEmpty()) {
                Map<String, String> params = new TreeMap<>(entry.key().params());
                params.remove(SCALE_FACTOR);
                byPath.computeIfAbsent(new BenchmarkId(entry.key().benchmark(), params), p -> new TreeMap<>())
                        .putIfAbsent(scaleFactor.get(), entry);
            }
        }
        SortedMap<String, SortedMap<BenchmarkId, SortedMap<Double, BenchmarkResult>>> byBenchmark = new TreeMap<>();
        byPath.forEach((path, points) -> {
            if (points.size() >= 2) {
                byBenchmark.computeIfAbsent(path.benchmark(), b -> new TreeMap<>()).put(path, points);
            }
        });
        return byBenchmark;
    }

    /** Rows/s, with a bar from the ends of JMH's interval of the time; empty when the score is not a time. */
    static Optional<ScalingChart.Point> rowsPerSecond(double scaleFactor, BenchmarkResult entry) {
        double rate = RowsPerSecond.of(entry);
        if (Double.isNaN(rate)) {
            return Optional.empty();
        }
        double error = entry.scoreError();
        boolean bar = Double.isFinite(error) && error > 0 && entry.score() - error > 0;
        // The longest time in the interval gives the fewest rows/s.
        double low = bar ? RowsPerSecond.of(entry.key(), entry.rows(), entry.score() + error, entry.unit()) : Double.NaN;
        double high = bar ? RowsPerSecond.of(entry.key(), entry.rows(), entry.score() - error, entry.unit()) : Double.NaN;
        return Optional.of(new ScalingChart.Point(scaleFactor, rate, low, high));
    }

    /**
     * Peak RSS: the mean of the measured iterations' values, with a bar from the lowest to the highest
     * (JMH's own score of the counter sums the iterations); empty when no iteration recorded it.
     */
    static Optional<ScalingChart.Point> peakRss(double scaleFactor, BenchmarkResult entry) {
        // -1: the platform could not tell; 0: never set (the counter is cleared before each iteration).
        double[] known = entry.secondary().getOrDefault(PEAK_RSS, List.of()).stream().mapToDouble(Double::doubleValue)
                .filter(bytes -> bytes > 0).toArray();
        if (known.length == 0) {
            return Optional.empty();
        }
        double mean = Arrays.stream(known).average().orElseThrow();
        double low = Arrays.stream(known).min().orElseThrow();
        double high = Arrays.stream(known).max().orElseThrow();
        return Optional.of(new ScalingChart.Point(scaleFactor, mean, low, high));
    }

    /** Each path's points, for the paths that still have two or more after leaving out the unknown ones. */
    private static Map<BenchmarkId, List<ScalingChart.Point>> lines(
            SortedMap<BenchmarkId, SortedMap<Double, BenchmarkResult>> paths,
            BiFunction<Double, BenchmarkResult, Optional<ScalingChart.Point>> value) {
        Map<BenchmarkId, List<ScalingChart.Point>> lines = new LinkedHashMap<>();
        paths.forEach((path, entries) -> {
            List<ScalingChart.Point> points = new ArrayList<>();
            entries.forEach((scaleFactor, entry) -> value.apply(scaleFactor, entry).ifPresent(points::add));
            if (points.size() >= 2) {
                lines.put(path, points);
            }
        });
        return lines;
    }

    /**
     * One chart: the parameters all its paths share go into the subtitle, each line is named by the
     * parameters that tell it apart (or by the benchmark when it is the only line).
     */
    private static ScalingChart chart(String title, RunResults run, Map<BenchmarkId, List<ScalingChart.Point>> raw,
                                      DisplayUnit unit, String barsNote) {
        Map<String, String> common = new TreeMap<>(raw.keySet().iterator().next().params());
        raw.keySet().forEach(path -> common.entrySet().removeIf(e -> !e.getValue().equals(path.params().get(e.getKey()))));
        List<ScalingChart.Line> lines = new ArrayList<>();
        raw.forEach((path, points) -> {
            Map<String, String> own = new TreeMap<>(path.params());
            own.keySet().removeAll(common.keySet());
            String name = text(own);
            lines.add(new ScalingChart.Line(name.isEmpty() ? path.shortName() : name, points.stream()
                    .map(p -> new ScalingChart.Point(p.scaleFactor(), p.value() / unit.divisor(),
                            p.low() / unit.divisor(), p.high() / unit.divisor())).toList()));
        });
        String shared = text(common);
        return new ScalingChart(title, "run " + run.id() + (shared.isEmpty() ? "" : "   " + shared), unit.name(),
                barsNote, lines);
    }

    private static String text(Map<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static DisplayUnit rowsUnit(Map<BenchmarkId, List<ScalingChart.Point>> lines) {
        double max = max(lines);
        return max >= 1e6 ? new DisplayUnit("million rows/s", 1e6)
                : max >= 1e3 ? new DisplayUnit("thousand rows/s", 1e3) : new DisplayUnit("rows/s", 1);
    }

    private static DisplayUnit bytesUnit(Map<BenchmarkId, List<ScalingChart.Point>> lines) {
        return max(lines) >= GIB ? new DisplayUnit("GiB", GIB) : new DisplayUnit("MiB", MIB);
    }

    private static double max(Map<BenchmarkId, List<ScalingChart.Point>> lines) {
        return lines.values().stream().flatMap(List::stream).mapToDouble(ScalingChart.Point::value).max().orElse(0);
    }

    private static Optional<Double> scaleFactor(BenchmarkId id) {
        try {
            double scaleFactor = Double.parseDouble(id.params().getOrDefault(SCALE_FACTOR, ""));
            return scaleFactor > 0 && Double.isFinite(scaleFactor) ? Optional.of(scaleFactor) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
