package dev.tpchbench.results;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One entry of a JMH JSON result file.
 *
 * @param forks      per-iteration scores, one array per fork (JMH's {@code rawData}); {@link #samples()} pools them
 * @param scoreError JMH's error half-width; NaN when JMH had fewer than two samples
 * @param secondary  per-iteration values of each secondary metric ({@value #ROWS_METRIC}, bytes on disk,
 *                   peak memory), all forks pooled (JMH's own score of a counter sums its iterations)
 * @param canary     the machine's speed beside each fork, when the runner measured it (see {@link CanaryReadings})
 */
public record BenchmarkResult(BenchmarkId key, String mode, double score, double scoreError, String unit,
                              List<double[]> forks, Map<String, List<Double>> secondary,
                              Optional<CanaryReadings> canary) {
    /** The counter every benchmark reports: the rows its output held when the gate checked it. */
    public static final String ROWS_METRIC = "rowsVerified";

    public BenchmarkResult {
        forks = forks.stream().map(double[]::clone).toList();
        secondary = Collections.unmodifiableMap(new TreeMap<>(secondary));
    }

    /** A result without canary readings. */
    public BenchmarkResult(BenchmarkId key, String mode, double score, double scoreError, String unit,
                           List<double[]> forks, Map<String, List<Double>> secondary) {
        this(key, mode, score, scoreError, unit, forks, secondary, Optional.empty());
    }

    /** Per-iteration rows verified, empty when the benchmark does not report them. */
    public List<Double> rowsVerified() {
        return secondary.getOrDefault(ROWS_METRIC, List.of());
    }

    /** The mean of a secondary metric's per-iteration values; NaN when it has none. */
    public double secondaryMean(String metric) {
        return secondary.getOrDefault(metric, List.of()).stream().mapToDouble(Double::doubleValue).average()
                .orElse(Double.NaN);
    }

    public ScoreDirection direction() {
        return ScoreDirection.of(unit, mode);
    }

    /**
     * Why these numbers must not be trusted, if they must not: the rows verified are missing, zero,
     * or differ between iterations (each iteration writes the same table, so they cannot differ).
     */
    public Optional<String> rowsProblem() {
        List<Double> rowsVerified = rowsVerified();
        if (rowsVerified.isEmpty()) {
            return Optional.of("rowsVerified missing");
        }
        double first = rowsVerified.get(0);
        if (rowsVerified.stream().anyMatch(r -> r == null || r.isNaN() || r <= 0)) {
            return Optional.of("rowsVerified zero");
        }
        if (rowsVerified.stream().anyMatch(r -> r != first)) {
            double min = rowsVerified.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double max = rowsVerified.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            return Optional.of("rowsVerified varies (" + Numbers.grouped(min, 0) + ".." + Numbers.grouped(max, 0) + ")");
        }
        return Optional.empty();
    }

    /**
     * This result with every sample made {@code factor} times slower (times multiplied, throughputs
     * divided): a change of known size planted on real noise, to check what a comparison can see. The
     * canary readings stay: the change is the benchmark's, not the machine's.
     */
    public BenchmarkResult slowedBy(double factor) {
        double scale = direction() == ScoreDirection.LOWER_IS_BETTER ? factor : 1 / factor;
        List<double[]> slowed = forks.stream().map(fork -> Arrays.stream(fork).map(s -> s * scale).toArray()).toList();
        return new BenchmarkResult(key, mode, score * scale, scoreError * scale, unit, slowed, secondary, canary);
    }

    /** The constant rows verified per iteration; only meaningful when {@link #rowsProblem()} is empty. */
    public double rows() {
        return rowsVerified().isEmpty() ? Double.NaN : rowsVerified().get(0);
    }

    /** Every fork's samples, a copy of each. */
    @Override
    public List<double[]> forks() {
        return forks.stream().map(double[]::clone).toList();
    }

    /** The per-iteration scores of all forks, pooled in fork order. */
    public double[] samples() {
        return forks.stream().flatMapToDouble(Arrays::stream).toArray();
    }

    @Override
    public String toString() {
        return key + " " + score + " " + unit + " samples="
                + forks.stream().map(Arrays::toString).collect(java.util.stream.Collectors.joining(" "));
    }
}
