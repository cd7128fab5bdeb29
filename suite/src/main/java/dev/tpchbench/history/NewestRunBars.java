package dev.tpchbench.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.tpchbench.results.BenchmarkResult;
import dev.tpchbench.results.RunResults;
import dev.tpchbench.results.WritePaths;

/**
 * The write paths side by side as bar charts: one chart per {@code table} x {@code scaleFactor}
 * (and unit), taken from the newest run that measured writes for it, one bar per benchmark x
 * remaining parameters (the pipeline phases beside the Parquet baseline and the Lance write).
 * Entries with unverified rows get no bar.
 */
public final class NewestRunBars {
    private static final List<String> GROUPING = List.of("table", "scaleFactor");

    private NewestRunBars() {
    }

    /** @param runs oldest first */
    public static List<NamedChart> charts(List<RunResults> runs) {
        SortedMap<String, List<BenchmarkResult>> groups = new TreeMap<>();
        Map<String, String> runOfGroup = new TreeMap<>();
        for (int r = runs.size() - 1; r >= 0; r--) {
            RunResults run = runs.get(r);
            SortedMap<String, List<BenchmarkResult>> inRun = new TreeMap<>();
            for (BenchmarkResult entry : run.entries().values()) {
                if (entry.rowsProblem().isEmpty() && WritePaths.BENCHMARKS.contains(entry.key().shortName())) {
                    inRun.computeIfAbsent(group(entry.key().params()) + "\u0000" + entry.unit(), g -> new ArrayList<>())
                            .add(entry);
                }
            }
            inRun.forEach((group, entries) -> {
                if (!groups.containsKey(group)) {
                    groups.put(group, entries);
                    runOfGroup.put(group, run.id());
                }
            });
        }
        List<String> colourOrder = new ArrayList<>(new TreeSet<>(WritePaths.BENCHMARKS));
        List<NamedChart> charts = new ArrayList<>();
        for (Map.Entry<String, List<BenchmarkResult>> group : groups.entrySet()) {
            String[] parts = group.getKey().split("\u0000", -1);
            List<BarChart.Bar> bars = new ArrayList<>();
            for (BenchmarkResult entry : group.getValue()) {
                bars.add(new BarChart.Bar(label(entry), entry.score(), entry.scoreError(),
                        colourOrder.indexOf(entry.key().shortName())));
            }
            String title = "Write paths: " + (parts[0].isEmpty() ? "all" : parts[0]);
            String file = "writes_" + (parts[0].isEmpty() ? "all" : parts[0]) + "_" + parts[1];
            charts.add(new NamedChart(file, new BarChart(title, runOfGroup.get(group.getKey()), parts[1], bars)));
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
