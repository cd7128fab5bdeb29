package dev.tpchbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

import dev.tpchbench.results.BadInputException;
import dev.tpchbench.results.ScoreDirection;

class CompareStatisticsTest {
    private final RunComparator comparator = new RunComparator(CompareSettings.defaults());

    private ComparisonRow compare(String unit, double[] baseline, double[] candidate) throws BadInputException {
        RunComparison comparison = comparator.compare(Samples.run("b", Samples.result(unit, baseline)),
                Samples.run("c", Samples.result(unit, candidate)));
        assertEquals(1, comparison.rows().size());
        return comparison.rows().get(0);
    }

    @Test
    void clearlyLowerTimeIsFaster() throws BadInputException {
        ComparisonRow row = compare("s/op", Samples.normal(10, 0.02, 10, 1), Samples.normal(8, 0.02, 10, 2));
        assertEquals(Verdict.FASTER, row.verdict());
        RatioEstimate e = row.estimate().orElseThrow();
        assertTrue(e.ciLow() < 0.8 * 1.03 && e.ciHigh() > 0.8 * 0.97 && e.ciLow() < e.ratio() && e.ratio() < e.ciHigh(),
                e.toString());
    }

    @Test
    void clearlyHigherTimeIsSlower() throws BadInputException {
        assertEquals(Verdict.SLOWER, compare("ms/op", Samples.normal(10, 0.02, 5, 3),
                Samples.normal(12, 0.02, 5, 4)).verdict());
    }

    @Test
    void higherThroughputIsFasterAndLowerIsSlower() throws BadInputException {
        assertEquals(Verdict.FASTER, compare("ops/s", Samples.normal(1000, 0.02, 5, 5),
                Samples.normal(1200, 0.02, 5, 6)).verdict());
        assertEquals(Verdict.SLOWER, compare("ops/s", Samples.normal(1000, 0.02, 5, 7),
                Samples.normal(800, 0.02, 5, 8)).verdict());
    }

    @Test
    void sameDistributionIsNoChange() throws BadInputException {
        ComparisonRow row = compare("s/op", Samples.normal(10, 0.05, 10, 9), Samples.normal(10, 0.05, 10, 10));
        assertEquals(Verdict.NO_CHANGE, row.verdict());
        assertTrue(row.estimate().orElseThrow().ciLow() < 1 && row.estimate().orElseThrow().ciHigh() > 1);
    }

    @Test
    void identicalConstantSamplesAreNoChange() throws BadInputException {
        ComparisonRow row = compare("s/op", new double[]{2, 2, 2}, new double[]{2, 2, 2});
        assertEquals(Verdict.NO_CHANGE, row.verdict());
        assertEquals(1.0, row.estimate().orElseThrow().pValue());
    }

    @Test
    void significantChangeBelowMinimumEffectIsNoChange() throws BadInputException {
        // 2% slower with 0.1% noise: highly significant, but below the 5% minimum effect.
        ComparisonRow row = compare("s/op", Samples.normal(10, 0.001, 10, 11), Samples.normal(10.2, 0.001, 10, 12));
        assertTrue(row.estimate().orElseThrow().pValue() < 1e-6);
        assertEquals(Verdict.NO_CHANGE, row.verdict());

        RunComparator sensitive = new RunComparator(new CompareSettings(0.01, 0.01, false));
        RunComparison again = sensitive.compare(Samples.run("b", row.baseline().orElseThrow()),
                Samples.run("c", row.candidate().orElseThrow()));
        assertEquals(Verdict.SLOWER, again.rows().get(0).verdict());
    }

    @Test
    void largeButNoisyChangeIsInconclusive() throws BadInputException {
        // +10% on average, but each side spreads by 30%: not significant with three samples, and far too
        // wide to say "no change" (this was NO_CHANGE before INCONCLUSIVE existed).
        ComparisonRow row = compare("s/op", new double[]{7, 10, 13}, new double[]{8, 11, 14.3});
        assertEquals(Verdict.INCONCLUSIVE, row.verdict());
        assertTrue(row.estimate().orElseThrow().detectable() > 1, row.estimate().toString());
    }

    @Test
    void pValueAgreesWithCommonsMathWelchTest() {
        double[] b = Samples.normal(10, 0.05, 7, 13);
        double[] c = Samples.normal(10.5, 0.08, 5, 14);
        RatioEstimate e = LogWelchTest.estimate(b, c, 0.01);
        double expected = new TTest().tTest(logs(b), logs(c));
        assertEquals(expected, e.pValue(), 1e-9);
    }

    @Test
    void tooFewSamplesAreNotCompared() throws BadInputException {
        ComparisonRow row = compare("s/op", new double[]{10}, new double[]{5});
        assertEquals(Verdict.NOT_COMPARED, row.verdict());
        assertTrue(row.reason().contains("too few samples"), row.reason());
    }

    @Test
    void directionFollowsUnitThenMode() {
        assertEquals(ScoreDirection.LOWER_IS_BETTER, ScoreDirection.of("ms/op", "avgt"));
        assertEquals(ScoreDirection.LOWER_IS_BETTER, ScoreDirection.of("s/op", "ss"));
        assertEquals(ScoreDirection.LOWER_IS_BETTER, ScoreDirection.of("us/op", "sample"));
        assertEquals(ScoreDirection.HIGHER_IS_BETTER, ScoreDirection.of("ops/s", "thrpt"));
        assertEquals(ScoreDirection.HIGHER_IS_BETTER, ScoreDirection.of("", "thrpt"));
    }

    private static double[] logs(double[] values) {
        return List.of(values).stream().flatMapToDouble(java.util.Arrays::stream).map(Math::log).toArray();
    }
}
