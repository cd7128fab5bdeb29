package dev.tpchbench.history;

import java.util.ArrayList;
import java.util.List;

import dev.tpchbench.results.Numbers;

/**
 * A logarithmic axis with ticks at 1 and 3 times each power of ten (0.1, 0.3, 1, 3, 10, ...), for
 * values such as scale factors that grow by factors rather than steps; it starts and ends on a tick.
 */
public record LogAxisScale(double low, double high) {
    private static final int[] MANTISSAS = {1, 3};
    /** Room around the outermost values, as a factor, so that no point sits on the axis' end. */
    private static final double MARGIN = 1.15;

    public LogAxisScale {
        if (!(low > 0 && high > low)) {
            throw new IllegalArgumentException("a log axis needs 0 < low < high: " + low + ", " + high);
        }
    }

    /** From the tick at or below {@code min} (with a margin) to the tick at or above {@code max}; both must be positive. */
    public static LogAxisScale covering(double min, double max) {
        if (!(min > 0 && max >= min)) {
            throw new IllegalArgumentException("a log axis needs positive values: " + min + ", " + max);
        }
        double low = tickAtOrBelow(min / MARGIN);
        double high = tickAtOrAbove(max * MARGIN);
        return new LogAxisScale(low, high);
    }

    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (int decade = decade(low); decade <= decade(high); decade++) {
            for (int mantissa : MANTISSAS) {
                double tick = tick(mantissa, decade);
                if (tick >= low && tick <= high) {
                    ticks.add(tick);
                }
            }
        }
        return ticks;
    }

    /** {@code 0.3}, {@code 10}: no needless zeros, so a tick reads like the scale factor it marks. */
    public String label(double tick) {
        return Numbers.significant(tick, 3);
    }

    /** Maps a value to a pixel between {@code from} (for low) and {@code to} (for high), by its logarithm. */
    public double map(double value, double from, double to) {
        return from + (Math.log(value / low) / Math.log(high / low)) * (to - from);
    }

    private static double tickAtOrBelow(double value) {
        double best = tick(1, decade(value));
        for (int mantissa : MANTISSAS) {
            double tick = tick(mantissa, decade(value));
            if (tick <= value) {
                best = tick;
            }
        }
        return best;
    }

    private static double tickAtOrAbove(double value) {
        int decade = decade(value);
        for (int mantissa : MANTISSAS) {
            double tick = tick(mantissa, decade);
            if (tick >= value) {
                return tick;
            }
        }
        return tick(MANTISSAS[0], decade + 1);
    }

    /** The power of ten at or below {@code value}. */
    private static int decade(double value) {
        int decade = (int) Math.floor(Math.log10(value));
        // log10 of an exact power of ten can land just below it (log10(1e-3) = -2.9999999999999996).
        return tick(1, decade + 1) <= value ? decade + 1 : decade;
    }

    /** The double nearest to {@code mantissa × 10^decade} written in decimal, so that 3e-1 is exactly the 0.3 of a parameter. */
    private static double tick(int mantissa, int decade) {
        return Double.parseDouble(mantissa + "e" + decade);
    }
}
