package dev.tpchbench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.apache.commons.math3.stat.descriptive.rank.Median;

import dev.tpchbench.results.BenchmarkResult;
import dev.tpchbench.results.CanaryReadings;
import dev.tpchbench.results.MarkdownTable;
import dev.tpchbench.results.Numbers;
import dev.tpchbench.results.RunResults;
import dev.tpchbench.results.TextTable;

/** Renders a comparison as a fixed-width text table (stdout) and as Markdown (a file). */
public final class ComparisonReport {
    private static final String[] HEADER = {"benchmark", "params", "baseline", "candidate", "ratio [CI]", "change", "p",
            "detectable", "adjusted for the canary", "verdict"};

    /** Said of a verdict that the canary-adjusted interval decided. */
    private static final String ADJUSTED = "adjusted for the canary";

    private ComparisonReport() {
    }

    public static String text(RunComparison comparison) {
        List<String[]> cells = cells(comparison);
        TextTable table = new TextTable(cells.get(0)).ruleUnderHeader();
        cells.subList(1, cells.size()).forEach(table::row);
        StringBuilder out = new StringBuilder(heading(comparison, "")).append(table.render());
        out.append(summary(comparison)).append('\n').append(canaryLine(comparison)).append('\n')
                .append(forksLine(comparison)).append('\n').append(sensitivity(comparison)).append('\n');
        return out.toString();
    }

    public static String markdown(RunComparison comparison) {
        return markdown(comparison, List.of());
    }

    /** As {@link #markdown(RunComparison)}, with the lines of {@link Confirmation#lines} under the table. */
    public static String markdown(RunComparison comparison, List<String> confirmations) {
        StringBuilder out = new StringBuilder("# Benchmark comparison\n\n");
        out.append(heading(comparison, "- "));
        out.append('\n');
        List<String[]> cells = cells(comparison);
        MarkdownTable table = new MarkdownTable(HEADER);
        cells.subList(1, cells.size()).forEach(table::row);
        out.append(table.render());
        if (!confirmations.isEmpty()) {
            // The report outlives the terminal: whoever reads a SLOWER row here gets the command that settles it.
            out.append("\nA SLOWER row between two runs is a flag; the interleaved re-run of each decides:\n\n```\n");
            confirmations.forEach(line -> out.append(line).append('\n'));
            out.append("```\n");
        }
        // The counts come last, as in the text table, so every comparison ends with what it could see.
        out.append('\n').append(method(comparison.settings())).append("\n\n");
        out.append(summary(comparison)).append("\n\n").append(canaryLine(comparison)).append("\n\n")
                .append(forksLine(comparison)).append("\n\n").append(sensitivity(comparison)).append('\n');
        return out.toString();
    }

    private static String heading(RunComparison c, String bullet) {
        StringBuilder out = new StringBuilder();
        out.append(bullet).append("baseline:  ").append(describe(c.baseline())).append('\n');
        out.append(bullet).append("candidate: ").append(describe(c.candidate())).append('\n');
        for (String warning : c.warnings()) {
            out.append(bullet).append("WARNING: ").append(warning).append('\n');
        }
        for (String note : c.notes()) {
            out.append(bullet).append("note: ").append(note).append('\n');
        }
        return out.append('\n').toString();
    }

    private static String describe(RunResults run) {
        return run.id() + run.meta().map(m -> " (label " + m.label() + ", preset " + m.preset() + ", git "
                + m.git().shortSha() + (m.gitDirty() ? "-dirty" : "") + ", gate " + m.status() + ")").orElse(" (no meta)");
    }

    private static String summary(RunComparison c) {
        return String.format(Locale.ROOT, "%d faster, %d slower, %d no change, %d inconclusive, %d not compared "
                        + "(alpha %.3g, min effect %s, Welch t-test on log samples)",
                c.count(Verdict.FASTER), c.count(Verdict.SLOWER), c.count(Verdict.NO_CHANGE), c.count(Verdict.INCONCLUSIVE),
                c.count(Verdict.NOT_COMPARED), c.settings().alpha(), Numbers.percent(c.settings().minEffect()));
    }

    /** The last line of every comparison: how many compared rows could have seen a minEffect change. */
    private static String sensitivity(RunComparison c) {
        Sensitivity s = c.sensitivity();
        String minEffect = Numbers.percent(c.settings().minEffect());
        if (s.compared() == 0) {
            return "Sensitivity: no rows compared, so no change of any size could be seen";
        }
        long adjusted = c.decidedByCanary();
        return String.format(Locale.ROOT, "Sensitivity: %d of %d compared rows could see a %s change, %d could not; "
                + "median detectable %s", s.couldSee(), s.compared(), minEffect, s.couldNotSee(),
                Numbers.plusMinusPercent(s.medianDetectable()))
                + (adjusted == 0 ? "" : " (by the intervals that decided the verdicts, " + adjusted + " of them " + ADJUSTED
                        + ")");
    }

    private static String method(CompareSettings s) {
        String minEffect = Numbers.percent(s.minEffect());
        return String.format(Locale.ROOT, "Method: per-iteration samples; ratio = candidate/baseline "
                + "geometric means with a %s confidence interval from Welch's t-test on log samples, with the fork as the "
                + "unit on a side whose fork means differ more than its iterations explain (F test at %.2f; such rows "
                + "say 'by fork'), all iterations pooled otherwise; one fork per side cannot show fork-to-fork spread. "
                + "detectable = the "
                + "interval's relative half-width exp(t * se) - 1, the smallest change the row could have seen "
                + "(ratio / (1 + d) .. ratio * (1 + d)); an INCONCLUSIVE row with two forks or more per side also says "
                + "about how many forks per side, with the same iterations and spread, would see the min effect (for a "
                + "row decided adjusted for the canary: at the same spread about the canary's slope), and the line "
                + "before the last sums those figures up. FASTER/SLOWER needs p < %.3g and |ratio - 1| >= %s; otherwise "
                + "NO_CHANGE if detectable <= %s, else INCONCLUSIVE (too noisy to rule out a %s change). For ops/s higher "
                + "is faster, for time per op lower is faster. Rows without a constant, non-zero rowsVerified are never "
                + "compared. Adjusted for the canary: the runner times a fixed piece of CPU work twice a second beside "
                + "the forks; each fork's mean log time is regressed on the log of the canary's median CPU time during "
                + "its measured iterations (one slope per row, pooled within the sides) and the sides are compared at "
                + "the same canary by the analysis of covariance (t on the forks less 3 degrees of freedom, the slope's "
                + "own uncertainty carried across the canary's difference between the sides); a row is not adjusted "
                + "with fewer than 3 forks or 3 canary samples per fork on a side, or when its canary differed between "
                + "the sides beyond the machine's drift between the runs (p < %.3g; the drift is the median canary "
                + "ratio over the rows, none between interleaved sides). The adjusted interval decides the verdict of "
                + "an adjusted row compared by fork (its forks "
                + "differed beyond their iterations: the spread the canary explains), the unadjusted one every other "
                + "row's.", Numbers.percent(1 - s.alpha()), LogWelchTest.POOLING_TEST_LEVEL, s.alpha(), minEffect, minEffect,
                minEffect, s.alpha());
    }

    private static List<String[]> cells(RunComparison comparison) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ComparisonRow row : comparison.rows()) {
            String verdict = switch (row.verdict()) {
                case NOT_COMPARED -> "not compared: " + row.reason();
                case INCONCLUSIVE -> "INCONCLUSIVE (could see " + (row.decidedByCanary()
                        ? Numbers.plusMinusPercent(row.decidingEstimate().orElseThrow().detectable()) + " " + ADJUSTED
                        : detectable(row.estimate().orElseThrow()))
                        + ForksToSee.of(row, comparison.settings())
                                .map(f -> "; " + f.phrase(Numbers.percent(comparison.settings().minEffect()))).orElse("")
                        + ")";
                default -> row.verdict().name() + (row.decidedByCanary() ? " (" + ADJUSTED + ")" : "");
            };
            rows.add(new String[]{
                    row.key().shortName(),
                    row.key().paramsText(" "),
                    row.baseline().map(ComparisonReport::score).orElse("-"),
                    row.candidate().map(ComparisonReport::score).orElse("-"),
                    row.estimate().map(ComparisonReport::ratio).orElse("-"),
                    row.estimate().map(e -> Numbers.signedPercent(e.changePercent())).orElse("-"),
                    row.estimate().map(ComparisonReport::pValue).orElse("-"),
                    row.estimate().map(ComparisonReport::detectable).orElse("-"),
                    row.canary().map(ComparisonReport::adjusted).orElse("-"),
                    verdict});
        }
        return rows;
    }

    /** The canary-adjusted ratio and interval, or why the row has none ("-": no canary on a side). */
    private static String adjusted(CanaryAdjustment canary) {
        if (canary.adjusted().isPresent()) {
            RatioEstimate e = canary.adjusted().get();
            return ratio(e) + " " + Numbers.plusMinusPercent(e.detectable()) + " " + canary.verdict().orElseThrow().name();
        }
        if (canary.withoutReadings()) {
            return "-";
        }
        return "not adjusted: " + canary.reason() + canary.canaryRatio().map(e -> " (canary " + ratio(e) + ")").orElse("");
    }

    /**
     * What the canary-adjusted intervals could see, over the rows that have one, how many of them decided
     * their verdicts, and the canary's own median ratio between the sides: before the last line.
     */
    private static String canaryLine(RunComparison c) {
        List<CanaryAdjustment> canaries = c.rows().stream().flatMap(r -> r.canary().stream()).toList();
        if (canaries.stream().allMatch(CanaryAdjustment::withoutReadings)) {
            return "Adjusted for the canary: no compared row has canary readings on both sides";
        }
        Sensitivity s = Sensitivity.adjustedForCanary(c.rows(), c.settings().minEffect());
        long flagged = canaries.stream().flatMap(a -> a.verdict().stream())
                .filter(v -> v == Verdict.FASTER || v == Verdict.SLOWER).count();
        long differed = canaries.stream().filter(CanaryAdjustment::canaryDiffered).count();
        return String.format(Locale.ROOT, "Adjusted for the canary (the machine's speed beside each fork; it decides "
                        + "the rows compared by fork): %d of %d compared rows adjusted, deciding %d, %d of them could see a "
                        + "%s change, median detectable %s, %d FASTER or SLOWER by it; the canary candidate/baseline: "
                        + "%s; a row's canary differed from %s in %d row(s) (not adjusted); the machine's speed moved "
                        + "between a row's forks by %s in the baseline and %s in the candidate (the canary's sd of the "
                        + "log over the forks, "
                        + "median over the rows: the wider, the more forks a change of a given size needs)",
                s.compared(), canaries.size(), c.decidedByCanary(),
                s.couldSee(), Numbers.percent(c.settings().minEffect()),
                s.compared() == 0 ? "-" : Numbers.plusMinusPercent(s.medianDetectable()), flagged,
                c.machine().describe(), c.machine().notTaken().isPresent() ? "1" : "it", differed,
                medianForkSpread(c, ComparisonRow::baseline), medianForkSpread(c, ComparisonRow::candidate));
    }

    /**
     * What it would take for the INCONCLUSIVE rows to see the min effect at this comparison's spread: the forks
     * per side their deciding intervals would need ({@link ForksToSee}), median and range, beside the forks they ran.
     */
    private static String forksLine(RunComparison c) {
        String effect = Numbers.percent(c.settings().minEffect());
        List<ComparisonRow> inconclusive = c.rows().stream().filter(r -> r.verdict() == Verdict.INCONCLUSIVE).toList();
        String head = "Forks per side to see a " + effect + " change at this spread (a planning figure: an order of "
                + "magnitude): ";
        if (inconclusive.isEmpty()) {
            return head + "no INCONCLUSIVE row, none needed";
        }
        int[] needed = inconclusive.stream().flatMap(r -> ForksToSee.of(r, c.settings()).stream())
                .mapToInt(ForksToSee::orBeyond).sorted().toArray();
        int[] ran = inconclusive.stream().mapToInt(r -> Math.min(r.baseline().orElseThrow().forks().size(),
                r.candidate().orElseThrow().forks().size())).sorted().toArray();
        int without = inconclusive.size() - needed.length;
        String ranText = ran[0] == ran[ran.length - 1] ? String.valueOf(ran[0]) : ran[0] + "-" + ran[ran.length - 1];
        String figures = "no row has a figure";
        if (needed.length > 0) {
            int lower = needed[(needed.length - 1) / 2];
            int upper = needed[needed.length / 2];
            // An even count's median rounded up; beyond the most looked at when its upper middle is.
            int median = upper > LogWelchTest.MOST_FORKS ? upper : (lower + upper + 1) / 2;
            figures = String.format(Locale.ROOT, "%d of them need a median of %s (%s to %s)", needed.length,
                    forkCount(median), forkCount(needed[0]), forkCount(needed[needed.length - 1]));
        }
        return head + inconclusive.size() + " INCONCLUSIVE row(s), which ran " + ranText + " forks per side; " + figures
                + (without == 0 ? "" : "; " + without + " ran one fork on a side, so their spread between forks is unknown");
    }

    /** A fork count, or {@code more than 200} beyond the most {@link ForksToSee} looks at. */
    private static String forkCount(int forks) {
        return forks > LogWelchTest.MOST_FORKS ? "more than " + LogWelchTest.MOST_FORKS : String.valueOf(forks);
    }

    /** The median over the compared rows of one side's canary spread between forks ({@code -} when no row has one). */
    private static String medianForkSpread(RunComparison c, Function<ComparisonRow, Optional<BenchmarkResult>> side) {
        double[] spreads = c.rows().stream().filter(r -> r.baseline().isPresent() && r.candidate().isPresent())
                .flatMap(r -> side.apply(r).stream())
                .flatMap(result -> result.canary().stream())
                .map(CanaryReadings::forkSpread).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).toArray();
        return spreads.length == 0 ? "-" : Numbers.percent(new Median().evaluate(spreads));
    }

    /** {@code 12.3 ± 0.41 s/op}; JMH has no error for fewer than two samples. */
    private static String score(BenchmarkResult result) {
        return Numbers.readable(result.score()) + " ± " + Numbers.readable(result.scoreError()) + " " + result.unit();
    }

    private static String ratio(RatioEstimate e) {
        return Numbers.fixed(e.ratio(), 3) + " [" + Numbers.fixed(e.ciLow(), 3) + ", " + Numbers.fixed(e.ciHigh(), 3) + "]";
    }

    /** The row's detectable effect, {@code ±3.4%}: the half-width of its interval, see RatioEstimate. */
    static String detectable(RatioEstimate e) {
        return Numbers.plusMinusPercent(e.detectable()) + (e.byFork() ? " by fork" : "");
    }

    private static String pValue(RatioEstimate e) {
        return e.pValue() < 0.0001 ? "<0.0001" : Numbers.fixed(e.pValue(), 4);
    }
}
