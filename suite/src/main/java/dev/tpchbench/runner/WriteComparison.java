package dev.tpchbench.runner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.math3.stat.StatUtils;

import dev.tpchbench.compare.LogWelchTest;
import dev.tpchbench.compare.RatioEstimate;
import dev.tpchbench.pipeline.Phase;
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
 * Parquet baseline (parquet-hadoop, SNAPPY) with its confidence interval, and rows verified; under it, each
 * pipeline phase against the one before it. A rejected path shows its reason and never a time or a speedup.
 */
final class WriteComparison {
    private static final String BASELINE = "ParquetWriteBenchmark.writeTable";
    private static final String BASELINE_CODEC = "SNAPPY";
    private static final String[] HEADER = {"path", "time", "rows/s", "on disk", "peak RSS", "Arrow peak",
        "vs Parquet SNAPPY [99 % CI]", "rows verified"};
    /** The level of the intervals: jmh:compare's default alpha. */
    private static final double ALPHA = 0.01;
    /** The team's phases in order, each shown against the one before it: "is Phase 2 really faster than Phase 1.5?". */
    private static final List<String> PHASES = Arrays.stream(Phase.values()).filter(p -> !p.negativeControl())
            .map(Phase::name).toList();
    private static final String PIPELINE = "PipelineBenchmark.pipeline";

    private WriteComparison() {
    }

    /** Markdown, one section per table x scale factor; empty if the run had no write benchmarks. */
    static String render(ResultGate.Outcome outcome) {
        Map<String, List<String[]>> groups = new TreeMap<>();
        Map<String, BenchmarkResult> baselines = new LinkedHashMap<>();
        outcome.verified().forEach((id, entry) -> {
            if (isBaseline(id)) {
                baselines.put(group(id), entry);
            }
        });
        outcome.verified().forEach((id, entry) -> {
            if (WritePaths.BENCHMARKS.contains(id.shortName())) {
                groups.computeIfAbsent(group(id), g -> new ArrayList<>())
                        .add(verifiedRow(id, entry, outcome.expectedRows().get(id), baselines.get(group(id))));
            }
        });
        addFailed(groups, outcome.rejected(), "REJECTED");
        addFailed(groups, outcome.missing(), "MISSING");
        StringBuilder out = new StringBuilder();
        groups.forEach((group, rows) -> {
            MarkdownTable table = new MarkdownTable(HEADER).rightAligned(1, 2, 3, 4, 5, 6);
            rows.forEach(table::row);
            out.append("### ").append(group).append("\n\n").append(table.render()).append('\n');
            String phases = phaseLines(group, outcome.verified());
            out.append(phases.isEmpty() ? "" : "Each phase against the one before it, times as fast [99 % CI]:\n\n"
                    + phases + "\n");
        });
        return out.toString();
    }

    /**
     * How many times as fast as {@code reference} {@code path} ran: the ratio of their geometric mean times and,
     * with two samples or more on each side, its 99 % interval by jmh:compare's test (Welch on the logs, the fork
     * as the unit when forks differ). Two rows of one run ran in other forks, so the interval treats them as
     * independent.
     */
    static String speedup(BenchmarkResult reference, BenchmarkResult path) {
        double[] r = reference.samples();
        double[] p = path.samples();
        if (r.length < 2 || p.length < 2) {
            return Numbers.fixed(StatUtils.geometricMean(r) / StatUtils.geometricMean(p), 2) + "x";
        }
        RatioEstimate timeRatio = LogWelchTest.estimate(reference.forks(), path.forks(), ALPHA);
        return Numbers.fixed(1 / timeRatio.ratio(), 2) + "x [" + Numbers.fixed(1 / timeRatio.ciHigh(), 2) + ", "
                + Numbers.fixed(1 / timeRatio.ciLow(), 2) + "]";
    }

    /** Each verified phase of {@code group} against the phase before it with the same other parameters, a line each. */
    private static String phaseLines(String group, Map<BenchmarkId, BenchmarkResult> verified) {
        StringBuilder lines = new StringBuilder();
        verified.forEach((id, later) -> {
            int index = PHASES.indexOf(id.params().getOrDefault("phase", ""));
            if (!id.shortName().equals(PIPELINE) || !group(id).equals(group) || index < 1) {
                return;
            }
            String before = PHASES.get(index - 1);
            Map<String, String> params = new TreeMap<>(id.params());
            params.put("phase", before);
            BenchmarkResult earlier = verified.get(new BenchmarkId(id.benchmark(), params));
            if (earlier != null) {
                String other = params(id, "table", "scaleFactor", "phase");
                lines.append("- ").append(id.params().get("phase")).append(" against ").append(before)
                        .append(other.isEmpty() ? "" : " (" + other.strip() + ")").append(": ")
                        .append(speedup(earlier, later)).append('\n');
            }
        });
        return lines.toString();
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
        return id.shortName() + params(id, "table", "scaleFactor");
    }

    /** The parameters but the {@code left} ones, each as " name=value"; empty if none. */
    private static String params(BenchmarkId id, String... left) {
        StringBuilder params = new StringBuilder();
        id.params().forEach((name, value) -> {
            if (!List.of(left).contains(name)) {
                params.append(' ').append(name).append('=').append(value);
            }
        });
        return params.toString();
    }

    private static String[] verifiedRow(BenchmarkId id, BenchmarkResult entry, long rows, BenchmarkResult baseline) {
        double seconds = seconds(entry);
        double error = entry.scoreError() * RowsPerSecond.secondsPerUnit(entry.unit());
        String time = Numbers.fixed(seconds, 3) + " s" + (Double.isNaN(error) ? "" : " ± " + Numbers.fixed(error, 3));
        String speedup = baseline == null ? "n/a (no baseline in this run)"
                : isBaseline(id) ? "1.00x (the baseline)" : speedup(baseline, entry);
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
