package dev.tpchbench.history;

import java.util.List;
import java.util.SortedMap;

import dev.tpchbench.results.RunResults;

/**
 * The runs a report is made from, oldest first, and why other runs or entries were left out.
 *
 * @param series  verified scores per series, oldest first
 * @param skipped one line per run or entry left out, with the reason
 */
public record History(List<RunResults> runs, SortedMap<SeriesKey, List<SeriesPoint>> series, List<String> skipped) {
    public RunResults newest() {
        return runs.get(runs.size() - 1);
    }
}
