package dev.tpchbench.compare;

/**
 * The knobs of a comparison.
 *
 * @param alpha     significance level of each test; 0.01 by default because a nightly run compares
 *                  tens of benchmark x parameter rows, and at 0.05 one of them would be flagged
 *                  every other night by chance alone
 * @param minEffect smallest |ratio - 1| called a change (0.05 = 5%); smaller significant differences
 *                  are NO_CHANGE, because run-to-run drift of that size is normal on a shared machine;
 *                  also the width a row must resolve to say NO_CHANGE rather than INCONCLUSIVE
 * @param force     compare runs from different machines/JDKs/OSes or without meta, with a warning
 */
public record CompareSettings(double alpha, double minEffect, boolean force) {
    public static final double DEFAULT_ALPHA = 0.01;
    public static final double DEFAULT_MIN_EFFECT = 0.05;

    public CompareSettings {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, got " + alpha);
        }
        if (!(minEffect >= 0 && minEffect < 10)) {
            throw new IllegalArgumentException("minEffect must be a fraction >= 0 such as 0.05, got " + minEffect);
        }
    }

    public static CompareSettings defaults() {
        return new CompareSettings(DEFAULT_ALPHA, DEFAULT_MIN_EFFECT, false);
    }
}
