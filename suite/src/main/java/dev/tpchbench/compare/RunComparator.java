package dev.tpchbench.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import dev.tpchbench.results.BadInputException;
import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.BenchmarkResult;
import dev.tpchbench.results.EnvironmentCheck;
import dev.tpchbench.results.Numbers;
import dev.tpchbench.results.RunResults;
import dev.tpchbench.results.ScoreDirection;

/**
 * Compares two runs row by row. A row is compared only when both sides have verified rows (the
 * same constant count in every iteration), the same mode and unit, and at least two positive
 * samples each; everything else is NOT_COMPARED with a reason, never FASTER or SLOWER. A compared
 * row that is too noisy to see a minEffect change is INCONCLUSIVE, never NO_CHANGE.
 */
public final class RunComparator {
    private final CompareSettings settings;

    public RunComparator(CompareSettings settings) {
        this.settings = settings;
    }

    /**
     * @throws BadInputException when the environments differ (or meta is missing) and force is off, or when one
     *                           run is profiled and the other not
     */
    public RunComparison compare(RunResults baseline, RunResults candidate) throws BadInputException {
        Optional<String> profiling = EnvironmentCheck.profilerMismatch(baseline, candidate);
        if (profiling.isPresent()) {
            throw new BadInputException("Refusing to compare " + baseline.id() + " with " + candidate.id() + " (even with "
                    + "-Djmh.force=true): " + profiling.get());
        }
        List<String> blockers = EnvironmentCheck.blockers(baseline, candidate);
        if (!blockers.isEmpty() && !settings.force()) {
            throw new BadInputException("Refusing to compare " + baseline.id() + " with " + candidate.id() + ":\n  "
                    + String.join("\n  ", blockers) + "\nRerun with -Djmh.force=true to compare anyway.");
        }
        List<String> warnings = new ArrayList<>();
        blockers.forEach(b -> warnings.add("FORCED: " + b));

        TreeSet<BenchmarkId> keys = new TreeSet<>(baseline.entries().keySet());
        keys.addAll(candidate.entries().keySet());
        MachineDrift machine = MachineDrift.between(baseline, candidate);
        List<ComparisonRow> rows = new ArrayList<>();
        for (BenchmarkId key : keys) {
            rows.add(row(key, baseline, candidate, machine));
        }
        return new RunComparison(baseline, candidate, settings, rows, warnings,
                EnvironmentCheck.notes(baseline, candidate), machine);
    }

    private ComparisonRow row(BenchmarkId key, RunResults baselineRun, RunResults candidateRun, MachineDrift machine) {
        Optional<BenchmarkResult> baseline = baselineRun.entry(key);
        Optional<BenchmarkResult> candidate = candidateRun.entry(key);
        if (baseline.isEmpty()) {
            return ComparisonRow.notCompared(key, baseline, candidate, "only in candidate"
                    + baselineRun.gateProblem(key).map(p -> " (baseline " + p + ")").orElse(""));
        }
        if (candidate.isEmpty()) {
            return ComparisonRow.notCompared(key, baseline, candidate, "only in baseline"
                    + candidateRun.gateProblem(key).map(p -> " (candidate " + p + ")").orElse(""));
        }
        BenchmarkResult b = baseline.get();
        BenchmarkResult c = candidate.get();
        Optional<String> problem = b.rowsProblem().map(p -> "unverified rows in baseline: " + p)
                .or(() -> c.rowsProblem().map(p -> "unverified rows in candidate: " + p))
                .or(() -> b.rows() != c.rows()
                        ? Optional.of("rows differ: baseline " + Numbers.grouped(b.rows(), 0) + ", candidate "
                                + Numbers.grouped(c.rows(), 0))
                        : Optional.empty())
                .or(() -> !b.mode().equals(c.mode()) || !b.unit().equals(c.unit())
                        ? Optional.of("mode/unit differ: " + b.mode() + " " + b.unit() + " vs " + c.mode() + " " + c.unit())
                        : Optional.empty())
                .or(() -> sampleProblem("baseline", b.samples()))
                .or(() -> sampleProblem("candidate", c.samples()));
        if (problem.isPresent()) {
            return ComparisonRow.notCompared(key, baseline, candidate, problem.get());
        }
        RatioEstimate estimate = LogWelchTest.estimate(b.forks(), c.forks(), settings.alpha());
        CanaryAdjustment canary = CanaryAdjustment.of(b, c, settings.alpha(), settings.minEffect(), machine,
                e -> verdict(e, b.direction()));
        Verdict verdict = canary.decides(estimate) ? canary.verdict().orElseThrow() : verdict(estimate, b.direction());
        return new ComparisonRow(key, baseline, candidate, Optional.of(estimate), verdict, "", Optional.of(canary));
    }

    private static Optional<String> sampleProblem(String side, double[] samples) {
        if (samples.length < 2) {
            return Optional.of("too few samples in " + side + " (" + samples.length + "; need 2)");
        }
        if (Arrays.stream(samples).anyMatch(s -> !(s > 0) || Double.isInfinite(s))) {
            return Optional.of("non-positive or non-finite samples in " + side);
        }
        return Optional.empty();
    }

    /**
     * FASTER/SLOWER when significant at alpha AND at least minEffect away from 1 (then the whole
     * interval excludes 1, however wide it is). Otherwise NO_CHANGE only if the row could have seen a
     * minEffect change (detectable <= minEffect), else INCONCLUSIVE. So a significant change below
     * minEffect is NO_CHANGE when the interval is narrow, and INCONCLUSIVE in the rare case where it is
     * wide enough to still hold a minEffect change (e.g. ratio 0.951 with detectable 5.02%).
     */
    Verdict verdict(RatioEstimate estimate, ScoreDirection direction) {
        boolean significant = estimate.pValue() < settings.alpha();
        boolean large = Math.abs(estimate.ratio() - 1) >= settings.minEffect();
        if (significant && large) {
            return direction.isImprovement(estimate.ratio()) ? Verdict.FASTER : Verdict.SLOWER;
        }
        return estimate.couldSee(settings.minEffect()) ? Verdict.NO_CHANGE : Verdict.INCONCLUSIVE;
    }
}
