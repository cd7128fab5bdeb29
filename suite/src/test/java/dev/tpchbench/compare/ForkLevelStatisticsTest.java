package dev.tpchbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Synthetic samples of known structure: forks that differ, forks that do not. */
class ForkLevelStatisticsTest {
    private static final double ALPHA = 0.01;

    /** {@code forks} forks of {@code n} iterations, each fork's mean off by a normal factor of {@code forkCv}. */
    private static List<double[]> forks(int forks, int n, double forkCv, double iterationCv, Random random) {
        List<double[]> result = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            double forkMean = 100 * (1 + forkCv * random.nextGaussian());
            result.add(Samples.normal(forkMean, iterationCv, n, random));
        }
        return result;
    }

    private static double[] pooled(List<double[]> forks) {
        return forks.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    @Test
    void forksThatDifferMakeTheForkTheUnitAndTheIntervalHonest() {
        // An A/A: both sides from the same distribution, forks 15 % apart, iterations 1 %.
        Random random = new Random(42);
        int pooledFlags = 0;
        int forkFlags = 0;
        for (int trial = 0; trial < 200; trial++) {
            List<double[]> b = forks(3, 20, 0.15, 0.01, random);
            List<double[]> c = forks(3, 20, 0.15, 0.01, random);
            RatioEstimate byFork = LogWelchTest.estimate(b, c, ALPHA);
            RatioEstimate byIteration = LogWelchTest.estimate(pooled(b), pooled(c), ALPHA);
            assertTrue(byFork.byFork(), byFork.toString());
            assertEquals(3, byFork.baselineSamples());
            pooledFlags += byIteration.pValue() < ALPHA ? 1 : 0;
            forkFlags += byFork.pValue() < ALPHA ? 1 : 0;
        }
        // Pooling iterations flags A/A pairs tens of times more often than alpha allows (2 of 200);
        // the fork as the unit keeps to about alpha.
        assertTrue(pooledFlags > 50, "pooled iterations flagged " + pooledFlags + " of 200");
        assertTrue(forkFlags <= 6, "forks as the unit flagged " + forkFlags + " of 200");
    }

    @Test
    void forksThatAgreeArePooledLikeOneLongFork() {
        // Each side's second fork is its first in another order: fork means equal, nothing between forks.
        double[] b1 = Samples.normal(100, 0.02, 20, 1);
        double[] c1 = Samples.normal(100, 0.02, 20, 2);
        List<double[]> b = List.of(b1, reversed(b1));
        List<double[]> c = List.of(c1, reversed(c1));
        RatioEstimate byFork = LogWelchTest.estimate(b, c, ALPHA);
        assertFalse(byFork.byFork());
        assertEquals(LogWelchTest.estimate(pooled(b), pooled(c), ALPHA), byFork);
        assertEquals(40, byFork.baselineSamples());
    }

    private static double[] reversed(double[] samples) {
        double[] result = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            result[i] = samples[samples.length - 1 - i];
        }
        return result;
    }

    @Test
    void oneForkPerSideIsTheIterationTest() {
        double[] b = Samples.normal(100, 0.02, 10, 1);
        double[] c = Samples.normal(110, 0.02, 10, 2);
        RatioEstimate e = LogWelchTest.estimate(List.of(b), List.of(c), ALPHA);
        assertFalse(e.byFork());
        assertEquals(LogWelchTest.estimate(b, c, ALPHA), e);
        assertTrue(e.pValue() < ALPHA, e.toString());
    }

    @Test
    void aRealChangeStillShowsThroughForksThatDiffer() {
        Random random = new Random(3);
        List<double[]> b = forks(6, 10, 0.03, 0.01, random);
        List<double[]> c = new ArrayList<>();
        for (double[] fork : forks(6, 10, 0.03, 0.01, random)) {
            c.add(java.util.Arrays.stream(fork).map(x -> x * 1.3).toArray());
        }
        RatioEstimate e = LogWelchTest.estimate(b, c, ALPHA);
        assertTrue(e.byFork(), e.toString());
        assertTrue(e.pValue() < ALPHA && e.ciLow() > 1.1, e.toString());
    }
}
