package dev.tpchbench.runner;

import java.util.ArrayList;
import java.util.List;

import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.BenchmarkResult;
import dev.tpchbench.results.MarkdownTable;
import dev.tpchbench.results.Numbers;
import dev.tpchbench.results.Rejection;
import dev.tpchbench.results.RowsPerSecond;
import dev.tpchbench.results.TextTable;

/**
 * The table printed at the end of a run and saved beside the results: one line per planned
 * benchmark x parameter set, verified or not. For the per-batch benchmarks (one operation is one
 * batch of their ring, see {@link RowsPerSecond#perBatch}) the score is the cost per batch, and rows/s
 * counts the rows of an average batch of the ring.
 */
final class SummaryTable {
    private static final String[] HEADER = {"benchmark", "params", "score", "± error", "unit", "per batch",
        "rows/s", "rows verified", "status"};
    private static final int[] NUMBER_COLUMNS = {2, 3, 5, 6, 7};

    private SummaryTable() {
    }

    static String render(ResultGate.Outcome outcome, boolean markdown) {
        List<String[]> rows = new ArrayList<>();
        outcome.verified().forEach((id, entry) -> rows.add(verifiedRow(id, entry, outcome.expectedRows().get(id))));
        for (Rejection r : outcome.rejected()) {
            rows.add(failedRow(r, "REJECTED"));
        }
        for (Rejection r : outcome.missing()) {
            rows.add(failedRow(r, "MISSING"));
        }
        for (Rejection r : outcome.refused()) {
            rows.add(failedRow(r, "REFUSED"));
        }
        return markdown ? markdown(rows) : text(rows);
    }

    private static String[] verifiedRow(BenchmarkId id, BenchmarkResult result, long rows) {
        double score = result.score();
        String unit = result.unit();
        String perBatch = RowsPerSecond.perBatch(id) ? duration(score * RowsPerSecond.secondsPerUnit(unit)) : "";
        double rate = RowsPerSecond.of(id, rows, score, unit);
        String rowsPerSecond = Double.isNaN(rate) ? "" : Numbers.grouped(rate, 0);
        return new String[] {id.shortName(), id.paramsText(), number(score), error(result.scoreError()), unit,
            perBatch, rowsPerSecond, Numbers.grouped(rows), "VERIFIED"};
    }

    private static String[] failedRow(Rejection r, String status) {
        return new String[] {r.id().shortName(), r.id().paramsText(), "-", "", "", "", "", "-",
            status + ": " + r.reason()};
    }

    private static String duration(double seconds) {
        if (seconds >= 1) {
            return Numbers.fixed(seconds, 3) + " s";
        } else if (seconds >= 1e-3) {
            return Numbers.fixed(seconds * 1e3, 3) + " ms";
        }
        return Numbers.fixed(seconds * 1e6, 3) + " us";
    }

    private static String number(double value) {
        return Math.abs(value) >= 100 ? Numbers.grouped(value, 1) : Numbers.fixed(value, 3);
    }

    private static String error(double error) {
        return Double.isNaN(error) ? "± n/a" : "± " + number(error);
    }

    private static String text(List<String[]> rows) {
        TextTable table = new TextTable(HEADER).rightAligned(NUMBER_COLUMNS);
        rows.forEach(table::row);
        return table.render();
    }

    private static String markdown(List<String[]> rows) {
        MarkdownTable table = new MarkdownTable(HEADER).rightAligned(NUMBER_COLUMNS);
        rows.forEach(table::row);
        return table.render();
    }
}
