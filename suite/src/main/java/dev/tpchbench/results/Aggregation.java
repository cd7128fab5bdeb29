package dev.tpchbench.results;

import java.util.Arrays;
import java.util.List;

/**
 * How JMH turned a metric's samples into its score. JMH's JSON does not say, so it is read off each
 * round's own score: mean (timings, rates), sum (AuxCounters of type EVENTS such as rowsVerified,
 * profiler counts), max or min.
 */
enum Aggregation {
    AVG, SUM, MAX, MIN;

    private static final double TOLERANCE = 1e-9;

    double apply(double[] samples) {
        switch (this) {
            case SUM:
                return Arrays.stream(samples).sum();
            case MAX:
                return Arrays.stream(samples).max().orElse(Double.NaN);
            case MIN:
                return Arrays.stream(samples).min().orElse(Double.NaN);
            default:
                return Arrays.stream(samples).average().orElse(Double.NaN);
        }
    }

    /**
     * The aggregation that explains every round's score. With one sample per round all four do; then
     * a round that has an error bar is a mean (JMH gives others none), and a count unit means a sum.
     *
     * @param rounds each round's score and samples
     */
    static Aggregation infer(List<RoundMetric> rounds, String unit) {
        boolean anyError = rounds.stream().anyMatch(r -> !Double.isNaN(r.error()));
        if (anyError) {
            return AVG;
        }
        List<Aggregation> fitting = Arrays.stream(values()).filter(a -> rounds.stream().allMatch(a::explains)).toList();
        if (fitting.isEmpty()) {
            return AVG;
        }
        if (fitting.size() > 1 && fitting.contains(SUM) && ("#".equals(unit) || "counts".equals(unit))) {
            return SUM;
        }
        return fitting.get(0);
    }

    private boolean explains(RoundMetric round) {
        double expected = apply(round.samples());
        return Math.abs(expected - round.score()) <= TOLERANCE * Math.max(1, Math.abs(round.score()));
    }

    /** One round's score, error ({@code NaN} if JMH gave none) and samples of one metric. */
    record RoundMetric(double score, double error, double[] samples) {
    }
}
