package dev.tpchbench.compare;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.apache.commons.math3.stat.descriptive.rank.Median;

import dev.tpchbench.results.BenchmarkResult;
import dev.tpchbench.results.CanaryReadings;
import dev.tpchbench.results.Numbers;
import dev.tpchbench.results.RunMeta;
import dev.tpchbench.results.RunResults;

/**
 * What the machine's speed did between two runs, by the canary: the median over the rows of the canary's log
 * ratio candidate/baseline. Runs made hours apart meet different machines (the canary 0.919x and 1.065x between
 * two Intel nightlies), and every row's canary moves with it; a row whose canary moved unlike the others' is the
 * one a candidate may have loaded differently ({@link CanaryAdjustment}). The two sides of one {@code jmh:ab} ran
 * interleaved, so the machine's drift fell on both alike: for them, and for runs with fewer than
 * {@value #MIN_ROWS} rows with readings (too few for a median to stand for the machine), the median is not taken
 * as a drift and a row's canary is compared with 1.
 *
 * @param median  the median over the rows of the canary's log ratio; NaN without rows
 * @param rows    how many rows had readings of the same work on both sides
 * @param notTaken why the median is not taken as the machine's drift; empty when it is
 */
public record MachineDrift(double median, int rows, Optional<String> notTaken) {
    /** Rows with readings on both sides needed for their median to stand for the machine. */
    static final int MIN_ROWS = 5;

    static MachineDrift between(RunResults baseline, RunResults candidate) {
        double[] logRatios = baseline.entries().entrySet().stream()
                .flatMap(e -> candidate.entry(e.getKey()).flatMap(c -> logRatio(e.getValue(), c)).stream())
                .mapToDouble(Double::doubleValue).toArray();
        double median = logRatios.length == 0 ? Double.NaN : new Median().evaluate(logRatios);
        if (interleaved(baseline) && interleaved(candidate)) {
            return new MachineDrift(median, logRatios.length, Optional.of("the sides ran interleaved"));
        }
        if (logRatios.length < MIN_ROWS) {
            return new MachineDrift(median, logRatios.length, Optional.of("needs " + MIN_ROWS + " rows"));
        }
        return new MachineDrift(median, logRatios.length, Optional.empty());
    }

    /** The log drift a row's canary is compared with: the median when taken, else 0. */
    public double logRatio() {
        return notTaken.isPresent() ? 0 : median;
    }

    /** What a row's canary ratio is compared with: the median ratio when taken as the drift, else 1. */
    public double ratio() {
        return Math.exp(logRatio());
    }

    /** For the report: the median, over how many rows, and whether it was taken as the drift. */
    public String describe() {
        String ratio = rows == 0 ? "-" : Numbers.fixed(Math.exp(median), 3);
        return notTaken.map(why -> "median " + ratio + " over " + rows + " rows, not taken as the machine's drift ("
                        + why + ")")
                .orElse("median " + ratio + " over " + rows + " rows, taken as the machine's drift between the runs");
    }

    /** The row's canary log ratio (means of the forks' logs), when both sides have readings of the same work. */
    private static Optional<Double> logRatio(BenchmarkResult baseline, BenchmarkResult candidate) {
        Optional<CanaryReadings> b = baseline.canary();
        Optional<CanaryReadings> c = candidate.canary();
        if (b.isEmpty() || c.isEmpty() || !Objects.equals(b.get().work(), c.get().work())) {
            return Optional.empty();
        }
        double[] logB = b.get().forkLogs();
        double[] logC = c.get().forkLogs();
        if (logB.length == 0 || logC.length == 0) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(logC).average().orElseThrow() - Arrays.stream(logB).average().orElseThrow());
    }

    private static boolean interleaved(RunResults run) {
        return run.meta().map(RunMeta::jmh).map(j -> Boolean.TRUE.equals(j.interleaved())).orElse(false);
    }
}
