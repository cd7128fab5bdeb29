package dev.tpchbench.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.BenchmarkResult;
import dev.tpchbench.results.MarkdownTable;
import dev.tpchbench.results.Numbers;
import dev.tpchbench.results.Rejection;
import dev.tpchbench.results.RowsPerSecond;
import dev.tpchbench.results.WritePaths;

/**
 * The honest version of the table that started the project: per table and scale factor, every path
 * from in-memory batches to a dataset on disk (Parquet baseline, native Parquet reference, Lance
 * write, each pipeline phase) with time, rows/s, size on disk, peak memory, the speedup against the
 * Parquet baseline (parquet-hadoop, SNAPPY) and rows verified. A rejected path shows its reason and
 * never a time or a speedup.
 */
final class WriteComparison {
    private static final String BASELINE = "ParquetWriteBenchmark.writeTable";
    private static final String BASELINE_CODEC = "SNAPPY";
    private static final String[] HEADER = {"path", "time", "rows/s", "on disk", "peak RSS", "Arrow peak",
        "vs Parquet SNAPPY", "rows verified"};

    private WriteComparison() {
    }

    /** Markdown, one section per table x scale factor; empty if the run had no write benchmarks. */
    static String render(ResultGate.Outcome outcome) {
        Map<String, List<String[]>> groups = new TreeMap<>();
        Map<String, Double> baselineSeconds = new LinkedHashMap<>();
        outcome.verified().forEach((id, entry) -> {
            if (isBaseline(id)) {
                baselineSeconds.put(group(id), seconds(entry));
            }
        });
        outcome.verified().forEach((id, entry) -> {
            if (WritePaths.BENCHMARKS.contains(id.shortName())) {
                groups.computeIfAbsent(group(id), g -> new ArrayList<>())
                        .add(verifiedRow(id, entry, outcome.expectedRows().get(id), baselineSeconds.get(group(id))));
            }
        });
        addFailed(groups, outcome.rejected(), "REJECTED");
        addFailed(groups, outcome.missing(), "MISSING");
        StringBuilder out = new StringBuilder();
        groups.forEach((group, rows) -> {
            MarkdownTable table = new MarkdownTable(HEADER).rightAligned(1, 2, 3, 4, 5, 6);
            rows.forEach(table::row);
            out.append("### ").append(group).append("\n\n").append(table.render()).append('\n');
        });
        return out.toString();
    }

    private static void addFailed(Map<String, List<String[]>> groups, List<Rejection> failed, String status) {
        for (Rejection r : failed) {
            if (WritePaths.BENCHMARKS.contains(r.id().shortName())) {
                groups.computeIfAbsent(group(r.id()), g -> new ArrayList<>()).add(new String[] {
                    path(r.id()), "-", "-", "-", "-", "-", "-", status + ": " + r.reason()});
            }
        }
    }

    private static boolean isBaseline(BenchmarkId id) {
        return id.shortName().equals(BASELINE) && BASELINE_CODEC.equals(id.params().get("codec"));
    }

    private static String group(BenchmarkId id) {
        return id.params().get("table") + " at SF " + id.params().get("scaleFactor");
    }

    /** The benchmark and the parameters that tell paths apart (not table and scale factor). */
    private static String path(BenchmarkId id) {
        StringBuilder path = new StringBuilder(id.shortName());
        id.params().forEach((name, value) -> {
            if (!name.equals("table") && !name.equals("scaleFactor")) {
                path.append(' ').append(name).append('=').append(value);
            }
        });
        return path.toString();
    }

    private static String[] verifiedRow(BenchmarkId id, BenchmarkResult entry, long rows, Double baseline) {
        double seconds = seconds(entry);
        double error = entry.scoreError() * RowsPerSecond.secondsPerUnit(entry.unit());
        String time = Numbers.fixed(seconds, 3) + " s" + (Double.isNaN(error) ? "" : " ± " + Numbers.fixed(error, 3));
        String speedup = baseline == null ? "n/a (no baseline in this run)"
                : Numbers.fixed(baseline / seconds, 2) + "x";
        return new String[] {path(id), time, Numbers.grouped(RowsPerSecond.of(id, rows, entry.score(), entry.unit()), 0),
            mebibytes(entry.secondaryMean("bytesOnDisk")), mebibytes(entry.secondaryMean("peakRssBytes")),
            mebibytes(entry.secondaryMean("arrowPeakBytes")), speedup,
            Numbers.grouped(rows)};
    }

    private static double seconds(BenchmarkResult entry) {
        return entry.score() * RowsPerSecond.secondsPerUnit(entry.unit());
    }

    private static String mebibytes(double bytes) {
        return Double.isNaN(bytes) || bytes < 0 ? "n/a" : Numbers.grouped(bytes / (1 << 20), 1) + " MiB";
    }
}
