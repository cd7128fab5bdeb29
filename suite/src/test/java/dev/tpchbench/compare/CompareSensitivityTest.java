package dev.tpchbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;

import dev.tpchbench.results.BadInputException;
import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.BenchmarkResult;
import dev.tpchbench.results.Numbers;
import dev.tpchbench.results.RunResults;
import dev.tpchbench.results.ScoreDirection;

/** What a comparison can see: the detectable effect, INCONCLUSIVE, and the closing sensitivity line. */
class CompareSensitivityTest {
    private static final double ALPHA = CompareSettings.DEFAULT_ALPHA;
    private static final double MIN_EFFECT = CompareSettings.DEFAULT_MIN_EFFECT;
    private final RunComparator comparator = new RunComparator(CompareSettings.defaults());

    private ComparisonRow compare(String unit, double[] baseline, double[] candidate) throws BadInputException {
        RunComparison comparison = comparator.compare(Samples.run("b", Samples.result(unit, baseline)),
                Samples.run("c", Samples.result(unit, candidate)));
        return comparison.rows().get(0);
    }

    @Test
    void tightIdenticalDistributionsAreNoChangeAndCouldSeeFivePercent() throws BadInputException {
        ComparisonRow row = compare("s/op", Samples.normal(10, 0.01, 10, 21), Samples.normal(10, 0.01, 10, 22));
        RatioEstimate e = row.estimate().orElseThrow();
        assertEquals(Verdict.NO_CHANGE, row.verdict());
        assertTrue(e.detectable() > 0 && e.detectable() < MIN_EFFECT, e.toString());
    }

    @Test
    void wideEqualDistributionsAreInconclusiveWithTheirWidth() throws BadInputException {
        // CV 30%: the interval is far wider than 5%, so "no change" would be a claim the data cannot make.
        ComparisonRow row = compare("s/op", Samples.normal(10, 0.30, 10, 23), Samples.normal(10, 0.30, 10, 24));
        RatioEstimate e = row.estimate().orElseThrow();
        assertEquals(Verdict.INCONCLUSIVE, row.verdict());
        assertTrue(e.detectable() > 0.2, "CV 30% with 10 samples cannot see less than 20%: " + e);

        String table = ComparisonReport.text(comparison(row));
        String width = ComparisonReport.detectable(e);
        assertTrue(table.contains("INCONCLUSIVE (could see " + width + ")"), table);
        assertTrue(ComparisonReport.markdown(comparison(row)).contains("| " + width + " | - | INCONCLUSIVE (could see "), table);
    }

    @Test
    void anInconclusiveRowWithForksSaysHowManyForksWouldSee() throws BadInputException {
        // Three forks per side whose means differ by 10 %: by fork, far too wide for 5 %.
        List<double[]> b = List.of(Samples.normal(95, 0.005, 5, 31), Samples.normal(105, 0.005, 5, 32),
                Samples.normal(100, 0.005, 5, 33));
        List<double[]> c = List.of(Samples.normal(104, 0.005, 5, 34), Samples.normal(96, 0.005, 5, 35),
                Samples.normal(100, 0.005, 5, 36));
        Map<String, List<Double>> rows = Map.of(BenchmarkResult.ROWS_METRIC, java.util.Collections.nCopies(15, 6_001_215.0));
        RunComparison comparison = comparator.compare(
                Samples.run("b", new BenchmarkResult(Samples.KEY, "avgt", 100, Double.NaN, "s/op", b, rows)),
                Samples.run("c", new BenchmarkResult(Samples.KEY, "avgt", 100, Double.NaN, "s/op", c, rows)));
        ComparisonRow row = comparison.rows().get(0);
        assertEquals(Verdict.INCONCLUSIVE, row.verdict());
        int forks = LogWelchTest.forksToSee(b, c, ALPHA, MIN_EFFECT).orElseThrow();
        assertTrue(forks > 3, "three forks per side did not see 5 %, so more are needed: " + forks);
        assertTrue(ComparisonReport.text(comparison).contains("by fork; about " + forks + " forks per side would see 5%)"),
                ComparisonReport.text(comparison));
    }

    @Test
    void tightTenPercentSlowerIsSlowerForTimeAndThroughput() throws BadInputException {
        assertEquals(Verdict.SLOWER, compare("s/op", Samples.normal(10, 0.01, 10, 25),
                Samples.normal(11, 0.01, 10, 26)).verdict());
        assertEquals(Verdict.SLOWER, compare("ops/s", Samples.normal(1000, 0.01, 10, 27),
                Samples.normal(900, 0.01, 10, 28)).verdict());
        assertEquals(Verdict.FASTER, compare("ops/s", Samples.normal(1000, 0.01, 10, 29),
                Samples.normal(1100, 0.01, 10, 30)).verdict());
    }

    @Test
    void significantAndLargeIsSlowerHoweverWideTheInterval() throws BadInputException {
        ComparisonRow row = compare("s/op", Samples.normal(10, 0.15, 6, 31), Samples.normal(20, 0.15, 6, 32));
        RatioEstimate e = row.estimate().orElseThrow();
        assertTrue(e.detectable() > MIN_EFFECT && e.ciLow() > 1, "wide, but wholly above 1: " + e);
        assertEquals(Verdict.SLOWER, row.verdict());
    }

    @Test
    void significantButSmallWithNarrowIntervalIsNoChange() throws BadInputException {
        // 2% slower with 0.1% noise: real, but below the 5% threshold, and the interval rules out 5%.
        ComparisonRow row = compare("s/op", Samples.normal(10, 0.001, 10, 33), Samples.normal(10.2, 0.001, 10, 34));
        RatioEstimate e = row.estimate().orElseThrow();
        assertTrue(e.pValue() < ALPHA && e.detectable() < MIN_EFFECT, e.toString());
        assertEquals(Verdict.NO_CHANGE, row.verdict());
    }

    @Test
    void verdictRulesAtTheEdges() {
        // Built by hand: ratio / (1 + d) .. ratio * (1 + d), as LogWelchTest produces them.
        assertEquals(Verdict.NO_CHANGE, verdictOf(0.96, 0.03, 1e-4), "significant, small, narrow");
        // Significant and 4.9% faster, but the interval (0.906 .. 0.999) still holds a 5% change.
        assertEquals(Verdict.INCONCLUSIVE, verdictOf(0.951, 0.0502, 1e-3), "significant, small, too wide");
        assertEquals(Verdict.NO_CHANGE, verdictOf(1.04, 0.0499, 0.2), "just narrow enough to see 5%");
        assertEquals(Verdict.INCONCLUSIVE, verdictOf(1.04, 0.0501, 0.2), "just too wide");
        assertEquals(Verdict.SLOWER, verdictOf(1.05, 0.04, 1e-3), "exactly minEffect is a change");
        assertEquals(Verdict.FASTER, verdictOf(0.5, 0.9, 1e-3), "large and significant, any width");
        assertEquals(Verdict.INCONCLUSIVE, verdictOf(0.5, 0.9, 0.02), "large but not significant");
    }

    private Verdict verdictOf(double ratio, double detectable, double p) {
        RatioEstimate e = new RatioEstimate(ratio, ratio / (1 + detectable), ratio * (1 + detectable), p, 10, 10, false);
        assertEquals(detectable, e.detectable(), 1e-12);
        return comparator.verdict(e, ScoreDirection.LOWER_IS_BETTER);
    }

    @Test
    void detectableIsTheIntervalHalfWidthOnTheLogScale() {
        double[] b = Samples.normal(10, 0.05, 7, 35);
        double[] c = Samples.normal(10.5, 0.08, 5, 36);
        RatioEstimate e = LogWelchTest.estimate(b, c, ALPHA);
        double vb = StatUtils.variance(logs(b)) / b.length;
        double vc = StatUtils.variance(logs(c)) / c.length;
        double df = (vb + vc) * (vb + vc) / (vb * vb / (b.length - 1) + vc * vc / (c.length - 1));
        double t = new TDistribution(df).inverseCumulativeProbability(1 - ALPHA / 2);
        assertEquals(Math.exp(t * Math.sqrt(vb + vc)) - 1, e.detectable(), 1e-12);
        assertEquals(e.ratio() * (1 + e.detectable()), e.ciHigh(), 1e-12);
        assertEquals(e.ratio() / (1 + e.detectable()), e.ciLow(), 1e-12);
    }

    @Test
    void constantSamplesDetectEverything() {
        RatioEstimate e = LogWelchTest.estimate(new double[]{2, 2, 2}, new double[]{2, 2, 2}, ALPHA);
        assertEquals(0, e.detectable());
    }

    @Test
    void plantedTenPercentSlowdownIsFoundAndAaPairsAreQuiet() throws BadInputException {
        // CV 2%, 10 samples a side: detectable is about 2.6%, so a 10% slowdown is plain to see.
        Random random = new Random(20261125);
        int pairs = 1000;
        int slower = 0;
        int aaFlagged = 0;
        int aaSignificant = 0;
        int aaNoChange = 0;
        for (int i = 0; i < pairs; i++) {
            ComparisonRow planted = compare("ms/op", Samples.normal(100, 0.02, 10, random),
                    Samples.normal(110, 0.02, 10, random));
            slower += planted.verdict() == Verdict.SLOWER ? 1 : 0;
            ComparisonRow aa = compare("ms/op", Samples.normal(100, 0.02, 10, random), Samples.normal(100, 0.02, 10, random));
            aaFlagged += aa.verdict() == Verdict.FASTER || aa.verdict() == Verdict.SLOWER ? 1 : 0;
            aaSignificant += aa.estimate().orElseThrow().pValue() < ALPHA ? 1 : 0;
            aaNoChange += aa.verdict() == Verdict.NO_CHANGE ? 1 : 0;
        }
        double margin = 0.01;
        assertTrue(slower >= 0.95 * pairs, slower + " of " + pairs + " planted slowdowns found");
        assertTrue(aaFlagged <= (ALPHA + margin) * pairs, aaFlagged + " of " + pairs + " A/A pairs flagged");
        assertTrue(aaSignificant <= (ALPHA + margin) * pairs, "the test itself keeps alpha: " + aaSignificant);
        assertTrue(aaNoChange >= 0.95 * pairs, "A/A at CV 2% could see 5%, so says NO_CHANGE: " + aaNoChange);
    }

    @Test
    void everyComparisonEndsWithWhatItCouldSee() throws BadInputException {
        BenchmarkId tight = key("tight");
        BenchmarkId wide = key("wide");
        BenchmarkId slow = key("slow");
        BenchmarkId onlyBaseline = key("gone");
        RunResults baseline = Samples.run("b",
                Samples.result(tight, "s/op", Samples.normal(10, 0.01, 10, 41)),
                Samples.result(wide, "s/op", Samples.normal(10, 0.30, 10, 42)),
                Samples.result(slow, "s/op", Samples.normal(10, 0.01, 10, 43)),
                Samples.result(onlyBaseline, "s/op", Samples.normal(10, 0.01, 10, 44)));
        RunResults candidate = Samples.run("c",
                Samples.result(tight, "s/op", Samples.normal(10, 0.01, 10, 45)),
                Samples.result(wide, "s/op", Samples.normal(10, 0.30, 10, 46)),
                Samples.result(slow, "s/op", Samples.normal(11, 0.01, 10, 47)));
        RunComparison comparison = comparator.compare(baseline, candidate);

        Sensitivity s = comparison.sensitivity();
        assertEquals(2, s.couldSee());
        assertEquals(1, s.couldNotSee());
        double[] detectable = comparison.rows().stream().flatMap(r -> r.estimate().stream())
                .mapToDouble(RatioEstimate::detectable).sorted().toArray();
        assertEquals(3, detectable.length);
        assertEquals(detectable[1], s.medianDetectable());

        String last = "Sensitivity: 2 of 3 compared rows could see a 5% change, 1 could not; median detectable "
                + Numbers.plusMinusPercent(detectable[1]);
        String text = ComparisonReport.text(comparison);
        assertTrue(text.endsWith(last + "\n"), text);
        assertTrue(text.contains("0 faster, 1 slower, 1 no change, 1 inconclusive, 1 not compared"), text);
        String markdown = ComparisonReport.markdown(comparison);
        assertTrue(markdown.endsWith(last + "\n"), markdown);
        assertTrue(markdown.contains("0 faster, 1 slower, 1 no change, 1 inconclusive, 1 not compared"), markdown);
    }

    @Test
    void sensitivityMedianAndEmptyComparison() {
        assertEquals(0.03, Sensitivity.of(List.of(row(0.02), row(0.04)), MIN_EFFECT).medianDetectable(), 1e-12);
        Sensitivity none = Sensitivity.of(List.of(), MIN_EFFECT);
        assertEquals(0, none.compared());
        assertTrue(Double.isNaN(none.medianDetectable()));
    }

    @Test
    void percentagesReadWithoutNeedlessDigits() {
        assertEquals("5%", Numbers.percent(0.05));
        assertEquals("2.5%", Numbers.percent(0.025));
        assertEquals("99%", Numbers.percent(0.99));
        assertEquals("±23.4%", Numbers.plusMinusPercent(0.2341));
        assertEquals("±inf%", Numbers.plusMinusPercent(Double.POSITIVE_INFINITY));
    }

    private static ComparisonRow row(double detectable) {
        RatioEstimate e = new RatioEstimate(1, 1 / (1 + detectable), 1 + detectable, 0.5, 10, 10, false);
        return new ComparisonRow(Samples.KEY, Optional.empty(), Optional.empty(),
                Optional.of(e), Verdict.NO_CHANGE, "");
    }

    private static RunComparison comparison(ComparisonRow row) {
        return new RunComparison(Samples.run("b"), Samples.run("c"), CompareSettings.defaults(), List.of(row),
                List.of(), List.of(), new MachineDrift(Double.NaN, 0, Optional.of("no canary")));
    }

    private static BenchmarkId key(String table) {
        return new BenchmarkId("dev.tpchbench.bench.LanceWriteBenchmark.writeTable", Map.of("table", table));
    }

    private static double[] logs(double[] values) {
        return Arrays.stream(values).map(Math::log).toArray();
    }
}
