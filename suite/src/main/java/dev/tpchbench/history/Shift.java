package dev.tpchbench.history;

import dev.tpchbench.results.ScoreDirection;

/** A change point placed in its series: the run where the new level started. */
public record Shift(SeriesKey series, SeriesPoint firstRun, ChangePoint change) {
    public boolean isRegression() {
        return !ScoreDirection.of(series.unit(), "").isImprovement(change.ratio());
    }
}
