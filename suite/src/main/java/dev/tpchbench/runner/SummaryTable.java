package dev.tpchbench.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tpchbench.gate.BenchmarkId;
import dev.tpchbench.gate.Rejection;

/**
 * The table printed at the end of a run and saved beside the results: one line per planned
 * benchmark x parameter set, verified or not. For the per-batch benchmarks (one operation is one
 * batch of their ring, see {@link PlannedRuns#perBatch}) the score is the cost per batch, and rows/s
 * counts the rows of an average batch of the ring.
 */
final class SummaryTable {
    private static final String[] HEADER = {"benchmark", "params", "score", "± error", "unit", "per batch",
        "rows/s", "rows verified", "status"};

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
        return markdown ? markdown(rows) : text(rows);
    }

    private static String[] verifiedRow(BenchmarkId id, JsonNode entry, long rows) {
        JsonNode primary = entry.path("primaryMetric");
        double score = primary.path("score").asDouble();
        String unit = primary.path("scoreUnit").asText();
        double seconds = score * secondsPerUnit(unit);
        String perBatch = "";
        double rowsPerOp = rows;
        if (PlannedRuns.perBatch(id)) {
            long batchRows = Long.parseLong(id.params().get("batchRows"));
            rowsPerOp = (double) rows / Math.max(1, (rows + batchRows - 1) / batchRows);
            perBatch = duration(seconds);
        }
        String rowsPerSecond = seconds > 0 ? String.format(Locale.ROOT, "%,.0f", rowsPerOp / seconds) : "";
        return new String[] {id.shortName(), id.paramsText(), number(score), error(primary.path("scoreError")), unit,
            perBatch, rowsPerSecond, String.format(Locale.ROOT, "%,d", rows), "VERIFIED"};
    }

    private static String[] failedRow(Rejection r, String status) {
        return new String[] {r.id().shortName(), r.id().paramsText(), "-", "", "", "", "", "-",
            status + ": " + r.reason()};
    }

    /** Seconds per one unit of a JMH time unit such as "ms/op"; NaN for non-time units. */
    static double secondsPerUnit(String unit) {
        String time = unit.contains("/") ? unit.substring(0, unit.indexOf('/')) : unit;
        switch (time) {
            case "s": return 1;
            case "ms": return 1e-3;
            case "us": return 1e-6;
            case "ns": return 1e-9;
            default: return Double.NaN;
        }
    }

    private static String duration(double seconds) {
        if (seconds >= 1) {
            return String.format(Locale.ROOT, "%.3f s", seconds);
        } else if (seconds >= 1e-3) {
            return String.format(Locale.ROOT, "%.3f ms", seconds * 1e3);
        }
        return String.format(Locale.ROOT, "%.3f us", seconds * 1e6);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%,.1f" : "%.3f", value);
    }

    private static String error(JsonNode error) {
        return error.isNumber() && !Double.isNaN(error.asDouble()) ? "± " + number(error.asDouble()) : "± n/a";
    }

    private static String text(List<String[]> rows) {
        int[] widths = new int[HEADER.length];
        List<String[]> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        for (String[] row : all) {
            for (int c = 0; c < row.length - 1; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : all) {
            for (int c = 0; c < row.length; c++) {
                boolean right = c == 2 || c == 3 || c == 5 || c == 6 || c == 7;
                String cell = c == row.length - 1 ? row[c]
                        : String.format(Locale.ROOT, "%" + (right ? "" : "-") + widths[c] + "s", row[c]);
                out.append(cell).append(c == row.length - 1 ? "" : "  ");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String markdown(List<String[]> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", HEADER)).append(" |\n");
        out.append("|---|---|--:|--:|---|--:|--:|--:|---|\n");
        for (String[] row : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add(cell.replace("|", "\\|").replace("\n", " "));
            }
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        return out.toString();
    }
}
