package dev.tpchbench.compare;

import java.util.Locale;

/** Numbers as people read them in tables: three significant digits, no exponent for usual sizes. */
public final class ScoreFormat {
    private ScoreFormat() {
    }

    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double abs = Math.abs(value);
        if (abs >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (abs >= 100 || abs == 0) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    /** {@code 12.3 ± 0.41 s/op}; JMH has no error for fewer than two samples. */
    public static String score(BenchmarkResult result) {
        return number(result.score()) + " ± " + number(result.scoreError()) + " " + result.unit();
    }

    public static String ratio(RatioEstimate e) {
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", e.ratio(), e.ciLow(), e.ciHigh());
    }

    public static String change(RatioEstimate e) {
        return String.format(Locale.ROOT, "%+.1f%%", e.changePercent());
    }

    public static String pValue(RatioEstimate e) {
        return e.pValue() < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", e.pValue());
    }
}
