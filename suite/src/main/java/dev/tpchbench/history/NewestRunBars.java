package dev.tpchbench.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.tpchbench.compare.BenchmarkResult;
import dev.tpchbench.compare.RunResults;

/**
 * The newest run as bar charts: one chart per {@code table} x {@code scaleFactor} (and unit), one
 * bar per benchmark x remaining parameters, e.g. the pipeline phases beside the Parquet writers.
 * Entries with unverified rows get no bar.
 */
public final class NewestRunBars {
    private static final List<String> GROUPING = List.of("table", "scaleFactor");

    /** A chart with the file name it is saved under. */
    public record Named(String fileName, BarChart chart) {
    }

    private NewestRunBars() {
    }

    public static List<Named> charts(RunResults run) {
        TreeSet<String> methods = new TreeSet<>();
        run.entries().keySet().forEach(k -> methods.add(k.shortName()));
        List<String> colourOrder = new ArrayList<>(methods);

        SortedMap<String, List<BenchmarkResult>> groups = new TreeMap<>();
        for (BenchmarkResult entry : run.entries().values()) {
            if (entry.rowsProblem().isEmpty()) {
                groups.computeIfAbsent(group(entry.key().params()) + "\u0000" + entry.unit(), g -> new ArrayList<>())
                        .add(entry);
            }
        }
        List<Named> charts = new ArrayList<>();
        for (Map.Entry<String, List<BenchmarkResult>> group : groups.entrySet()) {
            String[] parts = group.getKey().split("\u0000", -1);
            List<BarChart.Bar> bars = new ArrayList<>();
            for (BenchmarkResult entry : group.getValue()) {
                bars.add(new BarChart.Bar(label(entry), entry.score(), entry.scoreError(),
                        colourOrder.indexOf(entry.key().shortName())));
            }
            String title = parts[0].isEmpty() ? "Newest run" : "Newest run: " + parts[0];
            String file = ("newest_" + (parts[0].isEmpty() ? "all" : parts[0]) + "_" + parts[1])
                    .replaceAll("[^A-Za-z0-9._-]", "-");
            charts.add(new Named(file, new BarChart(title, run.id(), parts[1], bars)));
        }
        return charts;
    }

    private static String group(Map<String, String> params) {
        StringBuilder group = new StringBuilder();
        for (String name : GROUPING) {
            if (params.containsKey(name)) {
                group.append(group.length() == 0 ? "" : " ").append(name).append('=').append(params.get(name));
            }
        }
        return group.toString();
    }

    private static String label(BenchmarkResult entry) {
        StringBuilder label = new StringBuilder(entry.key().shortName());
        entry.key().params().forEach((name, value) -> {
            if (!GROUPING.contains(name)) {
                label.append(' ').append(name).append('=').append(value);
            }
        });
        return label.toString();
    }
}
