package dev.tpchbench.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.tpchbench.results.Numbers;
import dev.tpchbench.results.RunMeta;
import dev.tpchbench.results.RunResults;

/** The self-contained report page: inline SVG charts, inline CSS, no scripts, nothing fetched. */
public final class HtmlReport {
    private HtmlReport() {
    }

    /**
     * @param scaling      the newest run's rows/s and peak RSS against the scale factor; no section when empty
     * @param seriesCharts chart per series, with the PNG file name beside it
     * @param profiles     flame graphs of profiled runs (left out of the history), newest run first
     */
    public static String render(History history, List<Shift> shifts, List<NamedChart> bars, List<NamedChart> scaling,
                                Map<SeriesKey, TimeSeriesChart> seriesCharts, Map<SeriesKey, String> seriesPngs,
                                String method, List<ProfileLinks> profiles) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Benchmark history</title>\n")
                .append("<style>body{font-family:'DejaVu Sans',Verdana,sans-serif;margin:24px;color:#222}")
                .append("table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:3px 8px;")
                .append("text-align:left}.worse{color:#c62828}.better{color:#2e7d32}.grid{display:flex;flex-wrap:wrap;")
                .append("gap:12px}.muted{color:#666;font-size:13px}</style></head><body>\n");
        html.append("<h1>Benchmark history</h1>\n<p class=\"muted\">Generated ").append(Instant.now())
                .append(" from ").append(history.runs().size()).append(" verified runs.")
                .append(history.runs().isEmpty() ? "" : " Newest: " + Html.escape(describe(history.newest())))
                .append("</p>\n");

        html.append("<h2>Sustained shifts</h2>\n");
        if (shifts.isEmpty()) {
            html.append("<p>None found.</p>\n");
        } else {
            html.append("<table><tr><th>benchmark</th><th>params</th><th>started at run</th><th>median before</th>")
                    .append("<th>median after</th><th>change</th><th>p</th></tr>\n");
            for (Shift shift : shifts) {
                String css = shift.isRegression() ? "worse" : "better";
                html.append("<tr><td>").append(Html.escape(shift.series().key().shortName())).append("</td><td>")
                        .append(Html.escape(shift.series().key().paramsText(" "))).append("</td><td>")
                        .append(Html.escape(shift.firstRun().runId())).append("</td><td>")
                        .append(Numbers.readable(shift.change().medianBefore())).append(' ').append(Html.escape(shift.series().unit()))
                        .append("</td><td>").append(Numbers.readable(shift.change().medianAfter())).append("</td><td class=\"")
                        .append(css).append("\">").append(Numbers.signedPercent((shift.change().ratio() - 1) * 100)).append(' ')
                        .append(shift.isRegression() ? "worse" : "better")
                        .append("</td><td>").append(Numbers.fixed(shift.change().pValue(), 3))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("<p class=\"muted\">").append(Html.escape(method)).append("</p>\n");

        html.append("<h2>Write paths by table and scale factor (newest run that measured them)</h2>\n<div class=\"grid\">\n");
        bars.forEach(bar -> figure(html, bar.chart(), bar.fileName() + ".png"));
        html.append("</div>\n");
        if (!scaling.isEmpty()) {
            html.append("<h2>Scaling with the data (newest run)</h2>\n<p class=\"muted\">For each benchmark that the ")
                    .append("newest run measured at two or more scale factors: rows per second (rows verified per ")
                    .append("operation / time per operation) and the process's peak RSS during the timed call (of the ")
                    .append("whole fork: it includes the source table and the Java heap) against the scale factor, on a log axis; ")
                    .append("one line per path, i.e. per set of the benchmark's other parameters.</p>\n")
                    .append("<div class=\"grid\">\n");
            scaling.forEach(chart -> figure(html, chart.chart(), chart.fileName() + ".png"));
            html.append("</div>\n");
        }
        html.append("<h2>Score over time</h2>\n<div class=\"grid\">\n");
        seriesCharts.forEach((series, chart) -> figure(html, chart, seriesPngs.get(series)));
        html.append("</div>\n<h2>Runs</h2>\n<table><tr><th>run</th><th>label</th><th>preset</th><th>git</th>")
                .append("<th>gate</th><th>JDK</th><th>lance-core</th></tr>\n");
        for (RunResults run : history.runs()) {
            RunMeta m = run.meta().orElseThrow();
            html.append("<tr><td>").append(Html.escape(run.id())).append("</td><td>").append(Html.escape(m.label()))
                    .append("</td><td>").append(Html.escape(m.preset())).append("</td><td>")
                    .append(Html.escape(m.git().shortSha() + (m.gitDirty() ? " (dirty)" : ""))).append("</td><td>")
                    .append(Html.escape(m.status() + " " + m.gate().verified() + "/" + m.gate().expected())).append("</td><td>")
                    .append(Html.escape(m.jdk().version())).append("</td><td>")
                    .append(Html.escape(m.versions().getOrDefault("lance-core", "?"))).append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (!profiles.isEmpty()) {
            html.append("<h2>Flame graphs of profiled runs</h2>\n<p class=\"muted\">One per benchmark x parameter set "
                    + "and fork (mvn jmh:run -Djmh.prof=async). A profiled run's times carry the profiler's overhead, so "
                    + "it is not in the history above.</p>\n");
            for (ProfileLinks run : profiles) {
                html.append("<h3>").append(Html.escape(run.runId())).append(" (").append(Html.escape(run.profiler()))
                        .append(")</h3>\n<ul>\n");
                String row = null;
                for (ProfileLinks.Link link : run.links()) {
                    if (link.row().equals(row)) {
                        html.append(", ");
                    } else {
                        html.append(row == null ? "" : "</li>\n").append("<li>").append(Html.escape(link.row()))
                                .append(": ");
                        row = link.row();
                    }
                    html.append("<a href=\"").append(Html.escape(link.href())).append("\">")
                            .append(Html.escape(link.label())).append("</a>");
                }
                html.append(row == null ? "" : "</li>\n").append("</ul>\n");
            }
        }
        if (!history.skipped().isEmpty()) {
            html.append("<h2>Left out</h2>\n<ul>\n");
            history.skipped().forEach(s -> html.append("<li>").append(Html.escape(s)).append("</li>\n"));
            html.append("</ul>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    /** A chart inline as SVG, with a link to its PNG in {@code png/}. */
    private static void figure(StringBuilder html, Chart chart, String png) {
        html.append("<figure>").append(chart.svg()).append("<figcaption class=\"muted\"><a href=\"png/")
                .append(Html.escape(png)).append("\">PNG</a></figcaption></figure>\n");
    }

    private static String describe(RunResults run) {
        RunMeta m = run.meta().orElseThrow();
        return run.id() + " (" + m.machine().cpuModel() + ", " + m.machine().cpuCount() + " CPUs, JDK " + m.jdk().version()
                + ")";
    }
}
