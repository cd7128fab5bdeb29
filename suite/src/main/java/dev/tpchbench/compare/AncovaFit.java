package dev.tpchbench.compare;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The analysis of covariance behind {@link CanaryAdjustment}: each fork's mean log time fitted as its side's
 * level plus one slope, common to both sides, times the log of the canary beside it; the least-squares fit of
 * {@code y = a + d * candidate + slope * canary}, in closed form.
 *
 * <p>The difference {@code d} between the sides at the same canary is uncertain through the noise of the
 * side means and through the slope, which is estimated from the canary's spread within the sides only and
 * then carried across the canary's difference between them:
 * {@code se^2 = s^2 (1/nB + 1/nC + dc^2 / Sxx)}, {@code s^2} the residual variance on {@code nB + nC - 3}
 * degrees of freedom, {@code dc} the sides' canary difference, {@code Sxx} the canary's squares about its side
 * means. The last term is what a test of the moved fork means leaves out; on a night when the machine ran
 * 10 % faster than the night before it was half the variance or more (results/reference/ancova-20261207/).
 *
 * @param difference       the candidate's mean log time minus the baseline's at the same canary
 * @param standardError    the standard error of {@code difference}
 * @param slope            the common slope of log time on log canary
 * @param residualVariance {@code s^2}
 * @param canaryDifference {@code dc}, the candidate's mean log canary minus the baseline's
 * @param canarySquares    {@code Sxx}, pooled within the sides; positive
 * @param forks            {@code nB + nC}
 */
record AncovaFit(double difference, double standardError, double slope, double residualVariance,
                 double canaryDifference, double canarySquares, int forks) {

    /**
     * Fits the forks; empty when the canary read the same beside every fork of each side (no slope to fit).
     *
     * @throws IllegalArgumentException with fewer than two forks a side or five in all (no degree of freedom left)
     */
    static Optional<AncovaFit> of(double[] timeB, double[] canaryB, double[] timeC, double[] canaryC) {
        int forks = timeB.length + timeC.length;
        if (timeB.length < 2 || timeC.length < 2 || forks < 5) {
            throw new IllegalArgumentException("needs two forks a side and five in all, has " + timeB.length + " and "
                    + timeC.length);
        }
        double canarySquares = centredProducts(canaryB, canaryB) + centredProducts(canaryC, canaryC);
        if (canarySquares == 0) {
            return Optional.empty();
        }
        double slope = (centredProducts(canaryB, timeB) + centredProducts(canaryC, timeC)) / canarySquares;
        double canaryDifference = mean(canaryC) - mean(canaryB);
        double difference = mean(timeC) - mean(timeB) - slope * canaryDifference;
        double residualVariance = (residualSquares(timeB, canaryB, slope) + residualSquares(timeC, canaryC, slope))
                / (forks - 3);
        double standardError = Math.sqrt(residualVariance * (1.0 / timeB.length + 1.0 / timeC.length
                + canaryDifference * canaryDifference / canarySquares));
        return Optional.of(new AncovaFit(difference, standardError, slope, residualVariance, canaryDifference,
                canarySquares, forks));
    }

    /** The residual degrees of freedom: the forks less the two levels and the slope. */
    int df() {
        return forks - 3;
    }

    /** The ratio candidate / baseline at the same canary, with its interval at level 1 - alpha; forks as units. */
    RatioEstimate estimate(double alpha, int baselineForks, int candidateForks) {
        double ratio = Math.exp(difference);
        if (standardError == 0) {
            return new RatioEstimate(ratio, ratio, ratio, difference == 0 ? 1 : 0, baselineForks, candidateForks, true);
        }
        TDistribution t = new TDistribution(null, df());
        double p = 2 * t.cumulativeProbability(-Math.abs(difference / standardError));
        double halfWidth = t.inverseCumulativeProbability(1 - alpha / 2) * standardError;
        return new RatioEstimate(ratio, Math.exp(difference - halfWidth), Math.exp(difference + halfWidth), p,
                baselineForks, candidateForks, true);
    }

    /**
     * How many forks per side, at the same residual spread, the same canary spread per fork and the same
     * canary difference between the sides, would narrow the interval to +-{@code effect}: F forks a side give
     * {@code s^2 (2/F + dc^2 / (Sxx (2F - 2) / (n - 2)))} on {@code 2F - 3} degrees of freedom. Empty beyond
     * {@value LogWelchTest#MOST_FORKS}.
     */
    OptionalInt forksToSee(double alpha, double effect) {
        double squaresPerWithinDf = canarySquares / (forks - 2); // n - 2: within-side degrees of freedom
        for (int perSide = 3; perSide <= LogWelchTest.MOST_FORKS; perSide++) {
            double se = Math.sqrt(residualVariance * (2.0 / perSide
                    + canaryDifference * canaryDifference / (squaresPerWithinDf * (2 * perSide - 2))));
            double halfWidth = se == 0 ? 0
                    : new TDistribution(null, 2 * perSide - 3).inverseCumulativeProbability(1 - alpha / 2) * se;
            if (Math.exp(halfWidth) - 1 <= effect) {
                return OptionalInt.of(perSide);
            }
        }
        return OptionalInt.empty();
    }

    private static double residualSquares(double[] time, double[] canary, double slope) {
        double meanTime = mean(time);
        double meanCanary = mean(canary);
        double sum = 0;
        for (int i = 0; i < time.length; i++) {
            double residual = time[i] - meanTime - slope * (canary[i] - meanCanary);
            sum += residual * residual;
        }
        return sum;
    }

    /** The sum over one side of (x - mean x) (y - mean y). */
    private static double centredProducts(double[] x, double[] y) {
        double meanX = mean(x);
        double meanY = mean(y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - meanX) * (y[i] - meanY);
        }
        return sum;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }
}
