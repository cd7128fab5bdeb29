package dev.tpchbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

class AncovaFitTest {
    private static final double ALPHA = 0.01;

    /** Fork log times: level, slope 0.6 on the log canary, 2 % noise of their own. */
    private static double[] times(double level, double[] canary, Random random) {
        double[] times = new double[canary.length];
        for (int i = 0; i < canary.length; i++) {
            times[i] = level + 0.6 * canary[i] + 0.02 * random.nextGaussian();
        }
        return times;
    }

    private static double[] canary(int forks, double shift, Random random) {
        double[] canary = new double[forks];
        for (int i = 0; i < forks; i++) {
            canary[i] = Math.log(5) + shift + 0.03 * random.nextGaussian();
        }
        return canary;
    }

    @Test
    void agreesWithLeastSquaresOnTheSideAndTheCanary() {
        // The same model as a regression y = a + d * candidate + slope * canary, fitted by commons-math.
        Random random = new Random(5);
        double[] canaryB = canary(4, 0, random);
        double[] canaryC = canary(5, -0.08, random);
        double[] timeB = times(1, canaryB, random);
        double[] timeC = times(1.05, canaryC, random);
        AncovaFit fit = AncovaFit.of(timeB, canaryB, timeC, canaryC).orElseThrow();

        double[] y = new double[9];
        double[][] x = new double[9][];
        for (int i = 0; i < 4; i++) {
            y[i] = timeB[i];
            x[i] = new double[] {0, canaryB[i]};
        }
        for (int i = 0; i < 5; i++) {
            y[4 + i] = timeC[i];
            x[4 + i] = new double[] {1, canaryC[i]};
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] beta = ols.estimateRegressionParameters();
        double[] se = ols.estimateRegressionParametersStandardErrors();
        assertEquals(beta[1], fit.difference(), 1e-12);
        assertEquals(se[1], fit.standardError(), 1e-12);
        assertEquals(beta[2], fit.slope(), 1e-12);
        assertEquals(ols.estimateErrorVariance(), fit.residualVariance(), 1e-15);
        assertEquals(6, fit.df());
    }

    @Test
    void theSlopesUncertaintyWidensTheIntervalWithTheCanarysDifference() {
        // The same forks, the candidate's canary readings shifted: the level difference at equal canary is the
        // same, its standard error grows with the shift (the slope is carried further).
        Random random = new Random(7);
        double[] canaryB = canary(4, 0, random);
        double[] canaryC = canary(4, 0, random);
        double[] timeB = times(1, canaryB, random);
        double[] timeC = times(1, canaryC, random);
        AncovaFit near = AncovaFit.of(timeB, canaryB, timeC, canaryC).orElseThrow();
        double[] shifted = canaryC.clone();
        double[] timeShifted = timeC.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] -= 0.10;
            timeShifted[i] -= 0.10 * near.slope();
        }
        AncovaFit far = AncovaFit.of(timeB, canaryB, timeShifted, shifted).orElseThrow();

        assertEquals(near.difference(), far.difference(), 1e-12);
        assertEquals(near.slope(), far.slope(), 1e-12);
        double expected = Math.sqrt(near.residualVariance() * (0.5 + Math.pow(far.canaryDifference(), 2)
                / far.canarySquares()));
        assertEquals(expected, far.standardError(), 1e-12);
        assertTrue(far.standardError() > 1.5 * near.standardError(), near + " " + far);
    }

    @Test
    void theForksToSeeAreTheForksRunWhenTheEffectIsItsOwnWidth() {
        // F forks a side at the same spreads reproduce the fit's own interval at F = the forks it ran.
        Random random = new Random(9);
        double[] canaryB = canary(5, 0, random);
        double[] canaryC = canary(5, -0.05, random);
        AncovaFit fit = AncovaFit.of(times(1, canaryB, random), canaryB, times(1, canaryC, random), canaryC)
                .orElseThrow();
        double width = fit.estimate(ALPHA, 5, 5).detectable();

        assertEquals(OptionalInt.of(5), fit.forksToSee(ALPHA, width * (1 + 1e-9)));
        assertTrue(fit.forksToSee(ALPHA, width * (1 - 1e-9)).orElseThrow() > 5);
        assertTrue(fit.forksToSee(ALPHA, width * 2).orElseThrow() < 5);
    }

    @Test
    void aCanaryThatNeverMovedWithinASideHasNoSlope() {
        double[] flat = {1, 1, 1};
        assertEquals(Optional.empty(), AncovaFit.of(new double[] {1, 2, 3}, flat, new double[] {1, 2, 3}, flat));
    }

    @Test
    void needsADegreeOfFreedomLeft() {
        double[] two = {1, 2};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AncovaFit.of(two, two, two, two));
        assertEquals("needs two forks a side and five in all, has 2 and 2", e.getMessage());
    }
}
