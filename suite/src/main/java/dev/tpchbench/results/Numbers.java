package dev.tpchbench.results;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Every number the suite shows to people (messages, tables, charts), in one fixed locale: "1,500"
 * and "0.125" on every machine, so messages, results files and the tests that read them do not
 * depend on the machine's language settings.
 */
public final class Numbers {
    private static final Locale LOCALE = Locale.ROOT;

    private Numbers() {
    }

    /** {@code 1500} as {@code 1,500}. */
    public static String grouped(long value) {
        return String.format(LOCALE, "%,d", value);
    }

    /** {@code 1234.56} with one decimal as {@code 1,234.6}. */
    public static String grouped(double value, int decimals) {
        return String.format(LOCALE, "%,." + decimals + "f", value);
    }

    /** {@code 0.12345} with three decimals as {@code 0.123}, no grouping. */
    public static String fixed(double value, int decimals) {
        return String.format(LOCALE, "%." + decimals + "f", value);
    }

    /**
     * Three significant digits for small values, no exponent for usual sizes: {@code 12,346},
     * {@code 123.5}, {@code 1.23}, {@code 0.0123}; {@code n/a} for NaN (JMH's error of one sample).
     */
    public static String readable(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double abs = Math.abs(value);
        if (abs >= 1000) {
            return grouped(value, 0);
        }
        if (abs >= 100 || abs == 0) {
            return fixed(value, 1);
        }
        return String.format(LOCALE, "%.3g", value);
    }

    /** A fraction as {@code ±3.4%}; {@code ±inf%} when unbounded, {@code n/a} for NaN. */
    public static String plusMinusPercent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "n/a";
        }
        return Double.isInfinite(fraction) ? "±inf%" : String.format(LOCALE, "±%.1f%%", fraction * 100);
    }

    /** A setting such as 0.05 as a percentage without needless digits: {@code 5%}, {@code 2.5%}. */
    public static String percent(double fraction) {
        return significant(fraction * 100, 3) + "%";
    }

    /** A value to {@code digits} significant digits without needless zeros or exponent: {@code 0.3}, {@code 10}, {@code 2.5}. */
    public static String significant(double value, int digits) {
        return BigDecimal.valueOf(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    /** A change in percent with its sign: {@code +12.3%}, {@code -4.0%}. */
    public static String signedPercent(double percent) {
        return String.format(LOCALE, "%+.1f%%", percent);
    }
}
