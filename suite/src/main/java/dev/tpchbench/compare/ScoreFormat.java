package dev.tpchbench.compare;

import java.math.BigDecimal;
import java.math.MathContext;
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

    /** The row's detectable effect, {@code ±3.4%}: the half-width of its interval, see RatioEstimate. */
    public static String detectable(RatioEstimate e) {
        return plusMinusPercent(e.detectable());
    }

    /** A fraction as {@code ±3.4%}; {@code ±inf%} when the interval is unbounded. */
    public static String plusMinusPercent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "n/a";
        }
        return Double.isInfinite(fraction) ? "±inf%" : String.format(Locale.ROOT, "±%.1f%%", fraction * 100);
    }

    /** A setting such as minEffect as a percentage without needless digits: 5%, 2.5%. */
    public static String percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).round(new MathContext(3)).stripTrailingZeros().toPlainString() + "%";
    }

    public static String pValue(RatioEstimate e) {
        return e.pValue() < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", e.pValue());
    }
}
