package dev.tpchbench.compare;

import java.util.List;

import dev.tpchbench.results.RunResults;

/**
 * The outcome of comparing two runs.
 *
 * @param warnings forced-through environment differences; shown above the table
 * @param notes    other differences worth knowing (preset, library versions, failed gates)
 * @param machine  the machine's drift between the runs by the canary, which each row's canary was checked against
 */
public record RunComparison(RunResults baseline, RunResults candidate, CompareSettings settings,
                            List<ComparisonRow> rows, List<String> warnings, List<String> notes,
                            MachineDrift machine) {

    public boolean hasRegression() {
        return rows.stream().anyMatch(r -> r.verdict() == Verdict.SLOWER);
    }

    /** How many compared rows could see a minEffect change, and the median detectable effect. */
    public Sensitivity sensitivity() {
        return Sensitivity.of(rows, settings.minEffect());
    }

    public long count(Verdict verdict) {
        return rows.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** How many rows' verdicts the canary-adjusted interval decided. */
    public long decidedByCanary() {
        return rows.stream().filter(ComparisonRow::decidedByCanary).count();
    }
}
