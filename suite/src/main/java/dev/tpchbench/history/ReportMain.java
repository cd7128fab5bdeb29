package dev.tpchbench.history;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import dev.tpchbench.results.AtomicFiles;
import dev.tpchbench.results.BadInputException;
import dev.tpchbench.results.Knobs;
import dev.tpchbench.results.Numbers;
import dev.tpchbench.results.ResultsDirectory;

/**
 * {@code mvn jmh:report}: writes {@code results/reports/index.html} (inline SVG) and PNG charts in
 * {@code results/reports/png/}, and prints the sustained shifts found in each series.
 *
 * <p>Knobs: {@code jmh.results}, {@code jmh.label} (only runs with this label), {@code jmh.alpha}
 * (0.01), {@code jmh.minEffect} (0.05), {@code jmh.minWindow} (3 runs), {@code jmh.reportDir}.
 * Exit status 2 on bad input or when there is no verified run.
 */
public final class ReportMain {
    private ReportMain() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(System.getProperties(), System.out, System.err));
    }

    static int run(Properties properties, PrintStream out, PrintStream err) {
        Knobs knobs = new Knobs(properties);
        try {
            ChangePointDetector.Settings settings = settings(knobs);
            ResultsDirectory results = knobs.resultsDirectory();
            Path reports = knobs.text("jmh.reportDir").map(Path::of).orElse(results.path().resolve("reports"));
            History history = HistoryLoader.load(results, knobs.text("jmh.label"));
            List<ProfileLinks> profiles = ProfileLinks.find(results.path(), reports);
            if (history.runs().isEmpty() && profiles.isEmpty()) {
                throw new BadInputException("No verified runs in " + results.path()
                        + knobs.text("jmh.label").map(l -> " with label " + l).orElse("") + "; left out: " + history.skipped());
            }
            ChangePointDetector detector = new ChangePointDetector(settings);
            List<Shift> shifts = new ArrayList<>();
            Map<SeriesKey, TimeSeriesChart> charts = new LinkedHashMap<>();
            Map<SeriesKey, String> pngs = new LinkedHashMap<>();
            for (Map.Entry<SeriesKey, List<SeriesPoint>> series : history.series().entrySet()) {
                List<SeriesPoint> points = series.getValue();
                List<ChangePoint> changes = detector.detect(points.stream().mapToDouble(SeriesPoint::score).toArray());
                changes.forEach(c -> shifts.add(new Shift(series.getKey(), points.get(c.index()), c)));
                TimeSeriesChart chart = new TimeSeriesChart(series.getKey(), points, changes);
                String png = "series_" + series.getKey().fileName() + ".png";
                AtomicFiles.write(reports.resolve("png").resolve(png), chart.png());
                charts.put(series.getKey(), chart);
                pngs.put(series.getKey(), png);
            }
            List<NamedChart> bars = NewestRunBars.charts(history.runs());
            List<NamedChart> scaling = history.runs().isEmpty() ? List.of() : NewestRunScaling.charts(history.newest());
            for (NamedChart chart : concat(bars, scaling)) {
                AtomicFiles.write(reports.resolve("png").resolve(chart.fileName() + ".png"), chart.chart().png());
            }
            Path index = reports.resolve("index.html");
            AtomicFiles.writeString(index, HtmlReport.render(history, shifts, bars, scaling, charts, pngs,
                    method(settings), profiles));

            for (Shift shift : shifts) {
                out.printf(Locale.ROOT, "SHIFT %s %s: %s (%s) from run %s (median %s -> %s %s, p=%.3f)%n",
                        shift.series().key().shortName(), shift.series().key().paramsText(" "),
                        Numbers.signedPercent((shift.change().ratio() - 1) * 100), shift.isRegression() ? "worse" : "better",
                        shift.firstRun().runId(), Numbers.readable(shift.change().medianBefore()),
                        Numbers.readable(shift.change().medianAfter()), shift.series().unit(), shift.change().pValue());
            }
            history.skipped().forEach(s -> out.println("left out: " + s));
            out.println("Report: " + index + " (" + history.runs().size() + " runs, " + charts.size() + " series, "
                    + shifts.size() + " shifts" + (profiles.isEmpty() ? "" : ", flame graphs of " + profiles.size()
                    + " profiled run(s)") + ")");
            return 0;
        } catch (BadInputException | IOException e) {
            err.println("jmh:report: " + e.getMessage());
            return 2;
        }
    }

    private static List<NamedChart> concat(List<NamedChart> first, List<NamedChart> second) {
        List<NamedChart> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private static ChangePointDetector.Settings settings(Knobs knobs) throws BadInputException {
        ChangePointDetector.Settings defaults = ChangePointDetector.Settings.defaults();
        try {
            return new ChangePointDetector.Settings(knobs.fraction("jmh.alpha", defaults.alpha()),
                    knobs.fraction("jmh.minEffect", defaults.minEffect()),
                    knobs.integer("jmh.minWindow", defaults.minWindow()), defaults.permutations());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static String method(ChangePointDetector.Settings s) {
        return String.format(Locale.ROOT, "Shifts: circular binary segmentation of each series of run scores; an arc "
                + "is a shift when a rank (Mann-Whitney) permutation test over all arcs gives p < %.3g, it lasts at least "
                + "%d runs, and the medians differ by at least %.0f%%. A single outlier run is not a shift.",
                s.alpha(), s.minWindow(), s.minEffect() * 100);
    }
}
