package dev.tpchbench.compare;

/**
 * Candidate score / baseline score as a ratio of geometric means, with a two-sided confidence
 * interval at level 1 - alpha and the p-value of "no difference".
 *
 * @param baselineSamples  the baseline's units: its forks when {@code byFork}, else its iterations
 * @param candidateSamples the candidate's units, likewise
 * @param byFork           whether a side's forks differed more than its iterations, making the fork its unit
 */
public record RatioEstimate(double ratio, double ciLow, double ciHigh, double pValue,
                            int baselineSamples, int candidateSamples, boolean byFork) {

    /** The change in percent, e.g. -8.2 for a ratio of 0.918. */
    public double changePercent() {
        return (ratio - 1) * 100;
    }

    /**
     * The smallest change this row could have detected at its alpha, as a fraction (0.034 = 3.4%):
     * the interval's relative half-width {@code exp(t(1-alpha/2, df) * se) - 1}, with se and df of
     * Welch's test on the logs, so the interval is ratio / (1 + d) .. ratio * (1 + d). A true change
     * of exactly d is seen about half the time (p < alpha iff the interval excludes 1); 0 when both
     * sides are constant.
     */
    public double detectable() {
        // ciHigh / ciLow = exp(2 t se); the square root gives exp(t se) without keeping se separately.
        return Math.sqrt(ciHigh / ciLow) - 1;
    }

    /** True when a change of {@code effect} (a fraction) was within what this row could detect. */
    public boolean couldSee(double effect) {
        return detectable() <= effect;
    }
}
