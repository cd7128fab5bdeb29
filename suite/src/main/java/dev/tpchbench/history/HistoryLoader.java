package dev.tpchbench.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.tpchbench.results.BenchmarkResult;
import dev.tpchbench.results.EnvironmentCheck;
import dev.tpchbench.results.ResultsDirectory;
import dev.tpchbench.results.ResultsFormatException;
import dev.tpchbench.results.RunResults;

/**
 * Reads the history in a results folder for a report. Left out, each with a reason: files that do
 * not parse (a truncated write), runs without meta (unverifiable), runs from another machine, OS
 * or JDK than the newest run (their times are not comparable), profiled runs (a profiler's overhead is in
 * their times; the report links their flame graphs instead), and entries with unverified rows.
 */
public final class HistoryLoader {
    private HistoryLoader() {
    }

    /** @param label only runs with this label, if present */
    public static History load(ResultsDirectory results, Optional<String> label) throws IOException {
        List<String> skipped = new ArrayList<>();
        List<RunResults> readable = new ArrayList<>();
        for (ResultsDirectory.RunFile file : results.runs()) {
            if (label.isPresent() && !file.stem().label().equals(label.get())) {
                continue;
            }
            try {
                RunResults run = file.read();
                if (run.meta().isEmpty()) {
                    skipped.add(run.id() + ": no meta file (unverifiable run)");
                } else if (run.meta().get().profiled()) {
                    skipped.add(run.id() + ": profiled (" + run.meta().get().profiler() + "): its times carry the "
                            + "profiler's overhead");
                } else {
                    readable.add(run);
                }
            } catch (ResultsFormatException e) {
                skipped.add(file.stem() + ": unreadable (" + e.getMessage() + ")");
            }
        }
        List<RunResults> runs = new ArrayList<>();
        SortedMap<SeriesKey, List<SeriesPoint>> series = new TreeMap<>();
        RunResults newest = readable.isEmpty() ? null : readable.get(readable.size() - 1);
        for (RunResults run : readable) {
            List<String> differences = EnvironmentCheck.blockers(run, Objects.requireNonNull(newest));
            if (!differences.isEmpty()) {
                skipped.add(run.id() + ": not comparable with the newest run (" + String.join("; ", differences) + ")");
                continue;
            }
            runs.add(run);
            for (BenchmarkResult entry : run.entries().values()) {
                Optional<String> problem = entry.rowsProblem();
                if (problem.isPresent()) {
                    skipped.add(run.id() + " " + entry.key() + ": " + problem.get());
                    continue;
                }
                String sha = run.meta().get().git().shortSha();
                series.computeIfAbsent(new SeriesKey(entry.key(), entry.unit()), k -> new ArrayList<>())
                        .add(new SeriesPoint(run.id(), run.time(), sha, run.label(), entry.score(), entry.scoreError()));
            }
        }
        return new History(runs, series, skipped);
    }
}
