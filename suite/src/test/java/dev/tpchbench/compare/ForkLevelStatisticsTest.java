package dev.tpchbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

import org.apache.commons.math3.distribution.TDistribution;
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
    void twoForksWhoseSpreadTheFTestMissesKeepTheAaFlagsUnderOneInFifty() {
        // The nightly's writes: 2 forks of 5 iterations a side, fork means as far apart as iterations (2 %).
        // The F test has 1 numerator degree of freedom and pools such rows often; pooled, their interval leaves
        // the fork spread out. With this seed, the F test at level 0.25 flagged 683 of these 20,000 A/A pairs
        // (3.4 %), at 0.50 352 (1.8 %).
        Random random = new Random(11);
        int trials = 20000;
        int flags = 0;
        for (int trial = 0; trial < trials; trial++) {
            RatioEstimate e = LogWelchTest.estimate(forks(2, 5, 0.02, 0.02, random), forks(2, 5, 0.02, 0.02, random), ALPHA);
            flags += e.pValue() < ALPHA ? 1 : 0;
        }
        assertTrue(flags <= trials / 50, "A/A pairs flagged: " + flags + " of " + trials);
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

    /** Forks of one iteration each: the fork is the unit and the log spread is exactly known. */
    private static List<double[]> forkMeans(double... means) {
        List<double[]> forks = new ArrayList<>();
        for (double mean : means) {
            forks.add(new double[]{mean, mean});
        }
        return forks;
    }

    @Test
    void forksToSeeFollowsTheFormulaForEqualSpread() {
        // Both sides' fork means are e^{-a}, 1, e^{a} times 100: log variance a^2 per fork on each side.
        // With F forks per side the interval is t(1 - alpha/2, 2F - 2) * a * sqrt(2 / F) wide each way.
        double a = 0.05;
        List<double[]> b = forkMeans(100 * Math.exp(-a), 100, 100 * Math.exp(a));
        List<double[]> c = forkMeans(100 * Math.exp(a), 100, 100 * Math.exp(-a));
        int expected = 2;
        while (Math.exp(new TDistribution(2.0 * expected - 2).inverseCumulativeProbability(1 - ALPHA / 2)
                * a * Math.sqrt(2.0 / expected)) - 1 > 0.05) {
            expected++;
        }
        OptionalInt forks = LogWelchTest.forksToSee(b, c, ALPHA, 0.05);
        assertEquals(OptionalInt.of(expected), forks);
        assertTrue(expected > 3, "the three forks per side measured could not see 5 %: " + expected);
    }

    @Test
    void twiceTheSpreadNeedsAboutFourTimesTheForks() {
        // Log deviations of -a, 0, a per side; doubling a quadruples the variance. At these sizes t is near
        // its limit, so the fork count grows about 4x (a little less: t falls as the forks grow).
        int narrow = LogWelchTest.forksToSee(spread(0.04), spread(0.04), ALPHA, 0.05).orElseThrow();
        int wide = LogWelchTest.forksToSee(spread(0.08), spread(0.08), ALPHA, 0.05).orElseThrow();
        assertTrue(narrow >= 8, "three forks at 4 % apart do not see 5 %: " + narrow);
        assertTrue(wide >= 3 * narrow && wide <= 4 * narrow, narrow + " against " + wide);
    }

    private static List<double[]> spread(double a) {
        return forkMeans(100 * Math.exp(-a), 100, 100 * Math.exp(a));
    }

    @Test
    void aRowThatAlreadySeesNeedsNoMoreForksThanItRan() {
        Random random = new Random(7);
        List<double[]> b = forks(4, 10, 0.002, 0.01, random);
        List<double[]> c = forks(4, 10, 0.002, 0.01, random);
        assertTrue(LogWelchTest.estimate(b, c, ALPHA).couldSee(0.05));
        assertTrue(LogWelchTest.forksToSee(b, c, ALPHA, 0.05).orElseThrow() <= 4);
    }

    @Test
    void noFigureForOneForkOrForHopelessSpread() {
        assertEquals(OptionalInt.empty(), LogWelchTest.forksToSee(List.of(Samples.normal(100, 0.3, 10, 1)),
                forkMeans(100, 110), ALPHA, 0.05));
        // Fork means a factor of 3 apart: even 200 forks per side leave the interval wider than 5 %.
        assertEquals(OptionalInt.empty(), LogWelchTest.forksToSee(forkMeans(50, 150, 100), forkMeans(150, 50, 100),
                ALPHA, 0.05));
    }
}
