package dev.tpchbench.compare;

import java.util.List;
import java.util.Optional;

/**
 * What a comparison could see: of the compared rows, how many could have detected a minEffect change
 * (detectable <= minEffect of the estimate that decided the verdict) and how many could not, and the median
 * detectable effect (a fraction).
 * Rows that were not compared are in neither count.
 */
public record Sensitivity(int couldSee, int couldNotSee, double medianDetectable) {

    public static Sensitivity of(List<ComparisonRow> rows, double minEffect) {
        return ofEstimates(rows.stream().map(ComparisonRow::decidingEstimate).flatMap(Optional::stream).toList(),
                minEffect);
    }

    /** The same for the rows' canary-adjusted estimates, of the rows that have one. */
    public static Sensitivity adjustedForCanary(List<ComparisonRow> rows, double minEffect) {
        return ofEstimates(rows.stream().flatMap(r -> r.canary().flatMap(CanaryAdjustment::adjusted).stream()).toList(),
                minEffect);
    }

    private static Sensitivity ofEstimates(List<RatioEstimate> compared, double minEffect) {
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
