package dev.tpchbench.compare;

/**
 * Candidate score / baseline score as a ratio of geometric means, with a two-sided confidence
 * interval at level 1 - alpha and the p-value of "no difference".
 */
public record RatioEstimate(double ratio, double ciLow, double ciHigh, double pValue,
                            int baselineSamples, int candidateSamples) {

    /** The change in percent, e.g. -8.2 for a ratio of 0.918. */
    public double changePercent() {
        return (ratio - 1) * 100;
    }
}
