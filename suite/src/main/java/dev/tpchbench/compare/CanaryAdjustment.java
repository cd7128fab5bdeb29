package dev.tpchbench.compare;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import dev.tpchbench.results.BenchmarkResult;
import dev.tpchbench.results.CanaryReadings;
import dev.tpchbench.results.Numbers;

/**
 * A row's comparison with the machine's speed taken out: an analysis of covariance of each fork's mean
 * log time on the log of the canary's CPU time beside that fork ({@code measure.Canary}; {@link AncovaFit}).
 * Within each side, forks that ran while the canary was slow ran slower (one slope, pooled over both sides);
 * the sides are compared at the same canary, and the interval carries the slope's own uncertainty across the
 * canary's difference between the sides. Shown beside the unadjusted comparison; it decides the row's
 * verdict when the unadjusted comparison was by fork ({@link #decides}).
 *
 * <p>It assumes the benchmark does not move the canary. So every row first compares its canary between the
 * sides with the machine's drift between the runs (the median over all rows, {@link MachineDrift}; none between
 * interleaved sides); when it differed from that (p below alpha) the row is not adjusted: the candidate may load
 * the machine differently, and adjusting would take its effect out with the machine's. Against 1 instead, the
 * rows the drift moved most clearly were the ones left unadjusted, carrying the whole drift into their verdicts
 * (results/reference/drift-rule-20261207/).
 *
 * @param adjusted    the adjusted ratio and interval; empty when the row was not adjusted
 * @param verdict     what the row's verdict would be by the adjusted interval; empty when not adjusted
 * @param canaryRatio the canary's own ratio candidate/baseline (geometric means of the forks' readings)
 * @param slope       the pooled slope of log time on log canary; NaN when not adjusted
 * @param reason      why the row was not adjusted; empty when it was
 * @param forksToSee  how many forks per side, at the same spread about the slope, would narrow the adjusted
 *                    interval to the min effect ({@link AncovaFit#forksToSee}); empty when not adjusted or
 *                    when more than {@value LogWelchTest#MOST_FORKS} would be needed
 */
public record CanaryAdjustment(Optional<RatioEstimate> adjusted, Optional<Verdict> verdict,
                               Optional<RatioEstimate> canaryRatio, double slope, String reason,
                               OptionalInt forksToSee) {
    /** Fewer samples than this in a fork make its canary median too rough to adjust by. */
    static final int MIN_SAMPLES_PER_FORK = 3;
    /** Three forks a side leave the fit three degrees of freedom after the two levels and the slope. */
    static final int MIN_FORKS = 3;
    private static final String NO_READINGS = "no canary readings in ";
    private static final String DIFFERED = "the canary differed between the sides";

    /**
     * @param machine the machine's drift between the runs, which the row's canary is checked against
     * @param verdict the comparison's rule, applied to the adjusted estimate
     */
    static CanaryAdjustment of(BenchmarkResult baseline, BenchmarkResult candidate, double alpha, double minEffect,
            MachineDrift machine, Function<RatioEstimate, Verdict> verdict) {
        Optional<String> problem = problem("baseline", baseline).or(() -> problem("candidate", candidate));
        if (problem.isPresent()) {
            return notAdjusted(Optional.empty(), problem.get());
        }
        CanaryReadings b = baseline.canary().orElseThrow();
        CanaryReadings c = candidate.canary().orElseThrow();
        if (!b.work().equals(c.work())) {
            return notAdjusted(Optional.empty(), "the canaries did different work (" + b.work() + ", " + c.work() + ")");
        }
        double[] canaryB = logs(b.cpuMillis());
        double[] canaryC = logs(c.cpuMillis());
        RatioEstimate canary = LogWelchTest.estimateOnForkLogs(canaryB, canaryC, alpha);
        double[] canaryCWithoutDrift = Arrays.stream(canaryC).map(v -> v - machine.logRatio()).toArray();
        if (LogWelchTest.estimateOnForkLogs(canaryB, canaryCWithoutDrift, alpha).pValue() < alpha) {
            return notAdjusted(Optional.of(canary), machine.notTaken().isPresent() ? DIFFERED
                    : DIFFERED + " beyond the machine's drift (" + Numbers.fixed(machine.ratio(), 3) + ")");
        }
        double[] timeB = LogWelchTest.forkMeanLogs(baseline.forks());
        double[] timeC = LogWelchTest.forkMeanLogs(candidate.forks());
        Optional<AncovaFit> fitted = AncovaFit.of(timeB, canaryB, timeC, canaryC);
        if (fitted.isEmpty()) {
            return notAdjusted(Optional.of(canary), "the canary read the same beside every fork of each side");
        }
        AncovaFit fit = fitted.get();
        RatioEstimate adjusted = fit.estimate(alpha, timeB.length, timeC.length);
        return new CanaryAdjustment(Optional.of(adjusted), Optional.of(verdict.apply(adjusted)), Optional.of(canary),
                fit.slope(), "", fit.forksToSee(alpha, minEffect));
    }

    /**
     * Whether this adjustment, rather than {@code unadjusted}, decides the row's verdict: when the row was
     * adjusted and the unadjusted comparison had the fork as its unit. Then the forks differed beyond their
     * iterations, which is the spread the machine's speed makes and the canary explains; with iterations
     * pooled there is little between forks to explain, and the test by fork, a degree of freedom less for
     * the slope, was wider than the pooled one in 3 of the 4 such rows measured
     * (results/reference/canary-rule-20261205/).
     */
    boolean decides(RatioEstimate unadjusted) {
        return adjusted.isPresent() && unadjusted.byFork();
    }

    /** True when a side had no canary at all (a run from before the canary): nothing to show. */
    public boolean withoutReadings() {
        return reason.startsWith(NO_READINGS);
    }

    /** True when the row was not adjusted because the canary itself differed between the sides. */
    public boolean canaryDiffered() {
        return reason.startsWith(DIFFERED);
    }

    private static CanaryAdjustment notAdjusted(Optional<RatioEstimate> canary, String reason) {
        return new CanaryAdjustment(Optional.empty(), Optional.empty(), canary, Double.NaN, reason, OptionalInt.empty());
    }

    private static Optional<String> problem(String side, BenchmarkResult result) {
        if (result.canary().isEmpty()) {
            return Optional.of(NO_READINGS + side);
        }
        CanaryReadings readings = result.canary().get();
        if (readings.forks() != result.forks().size()) {
            return Optional.of(side + " has canary readings for " + readings.forks() + " of " + result.forks().size()
                    + " forks");
        }
        if (readings.forks() < MIN_FORKS) {
            return Optional.of("needs " + MIN_FORKS + " forks per side, " + side + " has " + readings.forks());
        }
        if (readings.fewestSamples() < MIN_SAMPLES_PER_FORK) {
            return Optional.of("a fork of the " + side + " had " + readings.fewestSamples() + " canary samples (needs "
                    + MIN_SAMPLES_PER_FORK + ")");
        }
        return Optional.empty();
    }

    private static double[] logs(double[] values) {
        return Arrays.stream(values).map(Math::log).toArray();
    }
}
