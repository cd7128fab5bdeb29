package dev.tpchbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.tpchbench.results.BadInputException;
import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.BenchmarkResult;
import dev.tpchbench.results.CanaryReadings;
import dev.tpchbench.results.Numbers;
import dev.tpchbench.results.RunResults;

/**
 * Synthetic forks whose times follow a synthetic canary: each fork runs on a machine whose speed is off by a
 * normal factor (8 %, as forks of one build were on this machine), which slows the fork's iterations and the
 * canary beside it alike, plus noise of their own (1 % per iteration, 1 % on the canary's median).
 */
class CanaryAdjustmentTest {
    private static final CompareSettings SETTINGS = CompareSettings.defaults();
    private static final double MACHINE_CV = 0.08;
    private static final String WORK = "test-work";

    /** One side: {@code forks} forks of 5 iterations, times multiplied by {@code slowdown}, canary by {@code canaryShift}. */
    private static BenchmarkResult side(int forks, double slowdown, double canaryShift, int samplesPerFork, Random random) {
        List<double[]> times = new ArrayList<>();
        double[] canary = new double[forks];
        for (int f = 0; f < forks; f++) {
            double machine = Math.exp(MACHINE_CV * random.nextGaussian());
            times.add(Samples.normal(100 * machine * slowdown, 0.01, 5, random));
            canary[f] = 5 * machine * canaryShift * (1 + 0.01 * random.nextGaussian());
        }
        return withCanary(times, canary, samplesPerFork);
    }

    /** {@code forks} forks with the same 5 iteration times in different orders (so the same fork means), any canary. */
    private static BenchmarkResult agreeingSide(int forks, double slowdown, Random random) {
        List<Double> iterations = new ArrayList<>();
        Arrays.stream(Samples.normal(100 * slowdown, 0.01, 5, random)).forEach(iterations::add);
        List<double[]> times = new ArrayList<>();
        double[] canary = new double[forks];
        for (int f = 0; f < forks; f++) {
            Collections.shuffle(iterations, random);
            times.add(iterations.stream().mapToDouble(Double::doubleValue).toArray());
            canary[f] = 5 * Math.exp(MACHINE_CV * random.nextGaussian());
        }
        return withCanary(times, canary, 10);
    }

    /** Forks on a machine whose speed varies, beside a canary that varies on its own. */
    private static BenchmarkResult canaryNotFollowed(int forks, Random random) {
        double[] canary = new double[forks];
        Arrays.setAll(canary, f -> 5 * Math.exp(MACHINE_CV * random.nextGaussian()));
        return withCanary(side(forks, 1, 1, 10, random).forks(), canary, 10);
    }

    private static BenchmarkResult withCanary(List<double[]> times, double[] canary, int samplesPerFork) {
        int forks = times.size();
        int[] samples = new int[forks];
        Arrays.fill(samples, samplesPerFork);
        double mean = times.stream().flatMapToDouble(Arrays::stream).average().orElseThrow();
        return new BenchmarkResult(Samples.KEY, "avgt", mean, Double.NaN, "ms/op", times,
                Map.of(BenchmarkResult.ROWS_METRIC, Collections.nCopies(forks * 5, 6_001_215.0)),
                Optional.of(new CanaryReadings(WORK, canary, samples)));
    }

    private static ComparisonRow compare(BenchmarkResult baseline, BenchmarkResult candidate) throws BadInputException {
        return new RunComparator(SETTINGS).compare(Samples.run("b", baseline), Samples.run("c", candidate)).rows().get(0);
    }

    @Test
    void takesTheMachinesSpeedOutOfAnAaComparison() throws BadInputException {
        Random random = new Random(1);
        ComparisonRow row = compare(side(8, 1, 1, 10, random), side(8, 1, 1, 10, random));

        RatioEstimate plain = row.estimate().orElseThrow();
        CanaryAdjustment canary = row.canary().orElseThrow();
        RatioEstimate adjusted = canary.adjusted().orElseThrow();
        assertTrue(plain.detectable() > 0.08, "forks 8 % apart, 8 a side: " + plain);
        assertTrue(adjusted.detectable() < 0.03, "what is left is 1 % noise: " + adjusted);
        assertTrue(adjusted.ciLow() < 1 && adjusted.ciHigh() > 1, adjusted.toString());
        assertEquals(1, canary.slope(), 0.15);
        assertEquals(Verdict.NO_CHANGE, canary.verdict().orElseThrow());
        assertTrue(plain.byFork(), plain.toString());
        assertTrue(row.decidedByCanary(), "the forks differed, so the adjusted interval decides");
        assertEquals(Verdict.NO_CHANGE, row.verdict());
        assertEquals(adjusted, row.decidingEstimate().orElseThrow());
    }

    @Test
    void aPlantedEightPercentIsSeenAdjustedWhereTheForksHideIt() throws BadInputException {
        Random random = new Random(11);
        ComparisonRow row = compare(side(8, 1, 1, 10, random), side(8, 1.08, 1, 10, random));

        RatioEstimate plain = row.estimate().orElseThrow();
        assertEquals(Verdict.INCONCLUSIVE, new RunComparator(SETTINGS).verdict(plain, row.baseline().orElseThrow()
                .direction()), "unadjusted: " + plain);
        CanaryAdjustment canary = row.canary().orElseThrow();
        assertEquals(Verdict.SLOWER, canary.verdict().orElseThrow(), canary.toString());
        assertEquals(1.08, canary.adjusted().orElseThrow().ratio(), 0.02);
        assertEquals(Verdict.SLOWER, row.verdict(), "decided by the adjusted interval: " + row);
    }

    @Test
    void anAdjustedRowTooWideForFivePercentSaysSoInItsVerdict() throws BadInputException {
        // Forks 8 % apart whose canary did not follow them: adjusted, but about as wide as unadjusted.
        Random random = new Random(19);
        RunComparison comparison = new RunComparator(SETTINGS).compare(Samples.run("b", canaryNotFollowed(6, random)),
                Samples.run("c", canaryNotFollowed(6, random)));
        ComparisonRow row = comparison.rows().get(0);

        assertTrue(row.decidedByCanary(), row.toString());
        assertEquals(Verdict.INCONCLUSIVE, row.verdict());
        String width = Numbers.plusMinusPercent(row.decidingEstimate().orElseThrow().detectable());
        int forks = row.canary().orElseThrow().forksToSee().orElseThrow();
        assertTrue(forks > 6, "six forks a side did not see 5 %: " + forks);
        String text = ComparisonReport.text(comparison);
        assertTrue(text.contains("INCONCLUSIVE (could see " + width + " adjusted for the canary; about " + forks
                + " forks per side would see 5%)"), text);
        assertTrue(text.contains("\nForks per side to see a 5% change at this spread (a planning figure: an order of "
                + "magnitude): 1 INCONCLUSIVE row(s), which ran 6 forks per side; 1 of them need a median of " + forks
                + " (" + forks + " to " + forks + ")\n"), text);
    }

    @Test
    void theAdjustedPlanNeedsFewerForksWhenTheCanaryExplainsTheSpread() throws BadInputException {
        Random random = new Random(1);
        BenchmarkResult b = side(8, 1, 1, 10, random);
        BenchmarkResult c = side(8, 1, 1, 10, random);
        ComparisonRow row = compare(b, c);

        int adjusted = row.canary().orElseThrow().forksToSee().orElseThrow();
        int unadjusted = LogWelchTest.forksToSee(b.forks(), c.forks(), SETTINGS.alpha(), SETTINGS.minEffect())
                .orElseThrow();
        assertTrue(adjusted <= 8, "the adjusted interval already sees 5 % with 8 forks: " + adjusted);
        assertTrue(unadjusted > 2 * adjusted, "forks 8 % apart need many more unadjusted: " + unadjusted);
    }

    @Test
    void theForksLineSaysWhenNoRowNeedsMoreForks() throws BadInputException {
        Random random = new Random(1);
        RunComparison comparison = new RunComparator(SETTINGS).compare(Samples.run("b", side(8, 1, 1, 10, random)),
                Samples.run("c", side(8, 1, 1, 10, random)));

        assertEquals(Verdict.NO_CHANGE, comparison.rows().get(0).verdict());
        assertTrue(ComparisonReport.text(comparison).contains("Forks per side to see a 5% change at this spread (a "
                + "planning figure: an order of magnitude): no INCONCLUSIVE row, none needed\n"),
                ComparisonReport.text(comparison));
    }

    @Test
    void forksThatAgreeAreDecidedByTheUnadjustedInterval() throws BadInputException {
        // Fork means equal: iterations are pooled, and the adjusted test (by fork, a degree of freedom less) has
        // nothing between the forks to explain.
        Random random = new Random(17);
        ComparisonRow row = compare(agreeingSide(6, 1, random), agreeingSide(6, 1.08, random));

        RatioEstimate plain = row.estimate().orElseThrow();
        assertFalse(plain.byFork(), plain.toString());
        assertTrue(row.canary().orElseThrow().adjusted().isPresent(), "adjusted, and shown");
        assertFalse(row.decidedByCanary());
        assertEquals(plain, row.decidingEstimate().orElseThrow());
        assertEquals(Verdict.SLOWER, row.verdict());
    }

    @Test
    void flagsNoMoreAaRowsThanAlphaAllows() throws BadInputException {
        // 400 A/As of 6 forks a side: at alpha 0.01 about 4 are significant by chance; the slope's lost
        // degree of freedom is what keeps the adjusted test at its level.
        Random random = new Random(3);
        int significant = 0;
        int covered = 0;
        int trials = 400;
        int notAdjusted = 0;
        int flagged = 0;
        for (int trial = 0; trial < trials; trial++) {
            ComparisonRow row = compare(side(6, 1, 1, 10, random), side(6, 1, 1, 10, random));
            flagged += row.verdict() == Verdict.FASTER || row.verdict() == Verdict.SLOWER ? 1 : 0;
            Optional<RatioEstimate> adjusted = row.canary().orElseThrow().adjusted();
            if (adjusted.isEmpty()) {
                // The sides' machines differed by chance as much as the canary check's alpha allows.
                notAdjusted++;
                continue;
            }
            significant += adjusted.get().pValue() < SETTINGS.alpha() ? 1 : 0;
            covered += adjusted.get().ciLow() <= 1 && adjusted.get().ciHigh() >= 1 ? 1 : 0;
        }
        assertTrue(significant <= 10, significant + " of " + trials + " significant");
        assertTrue(flagged <= 10, flagged + " of " + trials + " verdicts FASTER or SLOWER, adjusted or not");
        assertTrue(notAdjusted <= 10, notAdjusted + " of " + trials + " not adjusted");
        assertEquals(significant, trials - notAdjusted - covered, "p < alpha exactly when the interval excludes 1");
    }

    /**
     * An A/A on a machine that ran 4 % faster for the candidate: each fork's speed 3 % apart within a side,
     * the time following it at slope 0.5, and 3 % noise of the fork's own. The slope is then known only
     * roughly from within the sides, and carried across the sides' difference it moves the adjusted ratio.
     * With seed 23, 1,573 of the 2,000 trials were adjusted; a Welch test of the moved fork means, without the
     * slope's uncertainty (the adjustment before 2026-12-07), found 47 of them significant (3.0 %), the fit 16.
     */
    private static BenchmarkResult driftingSide(double machineShift, Random random) {
        List<double[]> times = new ArrayList<>();
        double[] canary = new double[6];
        for (int f = 0; f < 6; f++) {
            double machine = machineShift + 0.03 * random.nextGaussian();
            double fork = Math.exp(0.5 * machine + 0.03 * random.nextGaussian());
            times.add(Samples.normal(100 * fork, 0.002, 5, random));
            canary[f] = 5 * Math.exp(machine + 0.01 * random.nextGaussian());
        }
        return withCanary(times, canary, 10);
    }

    @Test
    void keepsItsLevelWhenTheMachineDriftedBetweenTheSides() throws BadInputException {
        Random random = new Random(23);
        int adjusted = 0;
        int significant = 0;
        for (int trial = 0; trial < 2000; trial++) {
            CanaryAdjustment canary = compare(driftingSide(0, random), driftingSide(-0.04, random)).canary()
                    .orElseThrow();
            if (canary.adjusted().isPresent()) {
                adjusted++;
                significant += canary.adjusted().get().pValue() < SETTINGS.alpha() ? 1 : 0;
            }
        }
        assertTrue(adjusted > 1000, "most trials pass the canary's own check: " + adjusted);
        assertTrue(significant <= 1.5 * SETTINGS.alpha() * adjusted, significant + " of " + adjusted + " significant");
    }

    @Test
    void aCanaryThatDiffersBetweenTheSidesIsNotAdjustedFor() throws BadInputException {
        // A candidate that loads the machine differently moves the canary; adjusting would take its effect out.
        Random random = new Random(5);
        CanaryAdjustment canary = compare(side(8, 1.2, 1, 10, random), side(8, 1, 1.2, 10, random)).canary().orElseThrow();

        assertTrue(canary.adjusted().isEmpty());
        assertTrue(canary.verdict().isEmpty());
        assertEquals("the canary differed between the sides", canary.reason());
        assertTrue(canary.canaryDiffered());
        assertTrue(canary.canaryRatio().orElseThrow().ratio() > 1.1, canary.toString());
    }

    @Test
    void saysWhyARowIsNotAdjusted() throws BadInputException {
        Random random = new Random(9);
        assertEquals("needs 3 forks per side, baseline has 2",
                compare(side(2, 1, 1, 10, random), side(8, 1, 1, 10, random)).canary().orElseThrow().reason());
        assertEquals("a fork of the candidate had 2 canary samples (needs 3)",
                compare(side(8, 1, 1, 10, random), side(8, 1, 1, 2, random)).canary().orElseThrow().reason());

        BenchmarkResult noCanary = Samples.result("ms/op", Samples.normal(100, 0.01, 10, 1));
        ComparisonRow row = compare(noCanary, side(8, 1, 1, 10, random));
        assertEquals("no canary readings in baseline", row.canary().orElseThrow().reason());
        assertTrue(row.estimate().isPresent(), "the row itself is still compared");

        BenchmarkResult candidate = side(8, 1, 1, 10, random);
        CanaryReadings other = candidate.canary().orElseThrow();
        BenchmarkResult otherWork = new BenchmarkResult(candidate.key(), candidate.mode(), candidate.score(),
                candidate.scoreError(), candidate.unit(), candidate.forks(), candidate.secondary(),
                Optional.of(new CanaryReadings("other-work", other.cpuMillis(), other.samples())));
        assertEquals("the canaries did different work (test-work, other-work)",
                compare(side(8, 1, 1, 10, random), otherWork).canary().orElseThrow().reason());
    }

    @Test
    void theReportSaysWhenRowsWithReadingsCouldNotBeAdjusted() throws BadInputException {
        Random random = new Random(13);
        RunComparison comparison = new RunComparator(SETTINGS).compare(Samples.run("b", side(2, 1, 1, 10, random)),
                Samples.run("c", side(2, 1, 1, 10, random)));

        String text = ComparisonReport.text(comparison);
        assertTrue(text.contains("not adjusted: needs 3 forks per side, baseline has 2"), text);
        assertTrue(text.contains("): 0 of 1 compared rows adjusted, deciding 0, 0 of them could see a 5% change, median "
                + "detectable -, "
                + "0 FASTER or SLOWER by it; the canary candidate/baseline: median "), text);
        assertTrue(text.contains(" over 1 rows, not taken as the machine's drift (needs 5 rows); a row's canary differed "
                + "from 1 in 0 row(s) (not adjusted)"), text);
    }

    /**
     * A run of {@code rows} rows of 4 forks each on a machine {@code machine} times as slow as usual, whose speed
     * moves 2 % between forks (tighter than the canary's 3.9-4.4 % in the nightly A/As of 2026-12-07, median over
     * the rows, so that a 15 % drift shows in every row's canary); the
     * canary beside each fork {@code canaryShift} times as slow again, the times following the machine at slope 0.7.
     */
    private static BenchmarkResult[] driftedRows(int rows, double machine, double canaryShift, Random random) {
        BenchmarkResult[] results = new BenchmarkResult[rows];
        for (int r = 0; r < rows; r++) {
            List<double[]> times = new ArrayList<>();
            double[] canary = new double[4];
            for (int f = 0; f < 4; f++) {
                double speed = machine * Math.exp(0.02 * random.nextGaussian());
                times.add(Samples.normal(100 * Math.pow(speed, 0.7), 0.01, 5, random));
                canary[f] = 5 * speed * canaryShift * (1 + 0.01 * random.nextGaussian());
            }
            BenchmarkResult one = withCanary(times, canary, 10);
            BenchmarkId key = new BenchmarkId(Samples.KEY.benchmark(), Map.of("table", "t" + r));
            results[r] = new BenchmarkResult(key, one.mode(), one.score(), one.scoreError(), one.unit(), one.forks(),
                    one.secondary(), one.canary());
        }
        return results;
    }

    private static RunResults driftedRun(String id, int rows, double machine, Random random) {
        return Samples.run(id, driftedRows(rows, machine, 1, random));
    }

    @Test
    void aRowWhoseCanaryMovedWithTheMachineIsAdjusted() throws BadInputException {
        // Hours apart the machine ran 15 % slower: every row's forks and canary with it. Checked against 1, the
        // rows whose canary said so most clearly were left unadjusted; checked against the drift, they are not.
        Random random = new Random(29);
        RunComparison comparison = new RunComparator(SETTINGS).compare(driftedRun("b", 12, 1, random),
                driftedRun("c", 12, 1.15, random));

        assertTrue(comparison.machine().notTaken().isEmpty(), comparison.machine().toString());
        assertEquals(1.15, comparison.machine().ratio(), 0.05);
        long differed = comparison.rows().stream().filter(r -> r.canary().orElseThrow().canaryDiffered()).count();
        assertEquals(0, differed);
        long againstOne = comparison.rows().stream().filter(r -> {
            BenchmarkResult b = r.baseline().orElseThrow();
            BenchmarkResult c = r.candidate().orElseThrow();
            return CanaryAdjustment.of(b, c, SETTINGS.alpha(), SETTINGS.minEffect(), new MachineDrift(0, 0,
                    Optional.of("none")), e -> Verdict.NO_CHANGE).canaryDiffered();
        }).count();
        assertTrue(againstOne >= 6, "against 1, " + againstOne + " of 12 rows' canaries differed");
        assertTrue(ComparisonReport.text(comparison).contains("over 12 rows, taken as the machine's drift between the "
                + "runs; a row's canary differed from it in 0 row(s) (not adjusted)"), ComparisonReport.text(comparison));
    }

    @Test
    void theSidesOfAnInterleavedComparisonAreCheckedAgainstNoDrift() throws BadInputException {
        // jmh:ab's sides ran fork by fork in turn: the machine's drift fell on both, so a canary moved by 15 % on
        // every row is the candidate's, and no row is adjusted for it.
        Random random = new Random(29);
        RunResults baseline = Samples.withMeta(driftedRun("b", 12, 1, random),
                Samples.meta("b", "Xeon", 2, null, "rounds", true));
        RunResults candidate = Samples.withMeta(driftedRun("c", 12, 1.15, random),
                Samples.meta("c", "Xeon", 2, null, "rounds", true));
        RunComparison comparison = new RunComparator(SETTINGS).compare(baseline, candidate);

        assertEquals(Optional.of("the sides ran interleaved"), comparison.machine().notTaken());
        assertEquals(1, comparison.machine().ratio());
        long differed = comparison.rows().stream().filter(r -> r.canary().orElseThrow().canaryDiffered()).count();
        assertTrue(differed >= 6, differed + " of 12 rows' canaries differed from 1");
    }

    @Test
    void aRowWhoseCanaryMovedUnlikeTheOthersIsNotAdjusted() throws BadInputException {
        // The machine the same, one row's candidate loading it so that its canary ran 20 % slower beside it.
        Random random = new Random(31);
        BenchmarkResult[] candidate = driftedRows(8, 1, 1, random);
        candidate[0] = driftedRows(1, 1, 1.2, random)[0];
        RunComparison comparison = new RunComparator(SETTINGS).compare(driftedRun("b", 8, 1, random),
                Samples.run("c", candidate));
        BenchmarkId loaded = candidate[0].key();

        assertEquals(1, comparison.machine().ratio(), 0.05);
        CanaryAdjustment canary = comparison.rows().stream().filter(r -> r.key().equals(loaded)).findFirst()
                .orElseThrow().canary().orElseThrow();
        assertTrue(canary.canaryDiffered(), canary.toString());
        assertTrue(canary.reason().startsWith("the canary differed between the sides beyond the machine's drift ("),
                canary.reason());
        assertEquals(1, comparison.rows().stream().filter(r -> r.canary().orElseThrow().canaryDiffered()).count());
    }

    @Test
    void theReportShowsTheAdjustedIntervalBesideTheVerdictAndWhatItCouldSee() throws BadInputException {
        Random random = new Random(11);
        RunComparison comparison = new RunComparator(SETTINGS).compare(Samples.run("b", side(8, 1, 1, 10, random)),
                Samples.run("c", side(8, 1.08, 1, 10, random)));
        RatioEstimate adjusted = comparison.rows().get(0).canary().orElseThrow().adjusted().orElseThrow();

        String text = ComparisonReport.text(comparison);
        String width = Numbers.plusMinusPercent(adjusted.detectable());
        assertTrue(text.contains(String.format(Locale.ROOT, "%.3f [%.3f, %.3f] ", adjusted.ratio(), adjusted.ciLow(),
                adjusted.ciHigh()) + width + " SLOWER"), text);
        assertTrue(text.contains("Adjusted for the canary (the machine's speed beside each fork; it decides the rows "
                + "compared by fork): 1 of 1 compared rows adjusted, deciding 1, 1 of them could see a 5% change, median "
                + "detectable " + width + ", 1 FASTER or SLOWER by it"), text);
        assertTrue(text.contains(" SLOWER (adjusted for the canary)"), text);
        String[] lines = text.split("\n");
        assertEquals("Sensitivity: 1 of 1 compared rows could see a 5% change, 0 could not; median detectable " + width
                + " (by the intervals that decided the verdicts, 1 of them adjusted for the canary)", lines[lines.length - 1]);
        assertTrue(comparison.hasRegression(), "a nightly fails on the verdicts, adjusted or not");
    }

    @Test
    void theReportSaysHowMuchTheMachinesSpeedMovedBetweenForksOnEachSide() throws BadInputException {
        Random random = new Random(17);
        List<double[]> times = side(3, 1, 1, 10, random).forks();
        // Baseline forks' canaries 10 % apart, candidate's 20 % apart: sd of the logs ln 1.1 and ln 1.2.
        RunComparison comparison = new RunComparator(SETTINGS).compare(
                Samples.run("b", withCanary(times, new double[]{5, 5.5, 6.05}, 10)),
                Samples.run("c", withCanary(times, new double[]{5, 6, 7.2}, 10)));

        assertTrue(ComparisonReport.text(comparison).contains("the machine's speed moved between a row's forks by 9.53% in "
                + "the baseline and 18.2% in the candidate (the canary's sd of the log over the forks, median over the rows"),
                ComparisonReport.text(comparison));
    }
}
