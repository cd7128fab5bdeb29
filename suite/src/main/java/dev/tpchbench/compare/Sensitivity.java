package dev.tpchbench.compare;

import java.util.List;
import java.util.Optional;

/**
 * What a comparison could see: of the compared rows, how many could have detected a minEffect change
 * (detectable <= minEffect) and how many could not, and the median detectable effect (a fraction).
 * Rows that were not compared are in neither count.
 */
public record Sensitivity(int couldSee, int couldNotSee, double medianDetectable) {

    public static Sensitivity of(List<ComparisonRow> rows, double minEffect) {
        List<RatioEstimate> compared = rows.stream().map(ComparisonRow::estimate).flatMap(Optional::stream).toList();
        int couldSee = (int) compared.stream().filter(e -> e.couldSee(minEffect)).count();
        double[] detectable = compared.stream().mapToDouble(RatioEstimate::detectable).sorted().toArray();
        return new Sensitivity(couldSee, compared.size() - couldSee, median(detectable));
    }

    public int compared() {
        return couldSee + couldNotSee;
    }

    /** NaN for no values; the mean of the middle two for an even count. */
    private static double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
