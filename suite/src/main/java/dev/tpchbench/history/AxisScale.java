package dev.tpchbench.history;

import java.util.ArrayList;
import java.util.List;

import dev.tpchbench.results.Numbers;

/** A linear axis from {@code low} to {@code high} with round tick values. */
public record AxisScale(double low, double high, double step) {

    /** Covers [min, max] with about {@code ticks} round steps; starts at 0 when {@code fromZero}. */
    public static AxisScale covering(double min, double max, int ticks, boolean fromZero) {
        double lo = fromZero ? 0 : min;
        double hi = max;
        if (!(hi > lo)) {
            double pad = Math.abs(hi) > 0 ? Math.abs(hi) * 0.05 : 1;
            lo = fromZero ? 0 : lo - pad;
            hi = hi + pad;
        }
        double raw = (hi - lo) / ticks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
        return new AxisScale(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
    }

    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (double t = low; t <= high + step / 1e6; t += step) {
            ticks.add(Math.abs(t) < step / 1e6 ? 0 : t);
        }
        return ticks;
    }

    /** A tick value with as many decimals as the step needs, so all ticks of an axis look alike. */
    public String label(double tick) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return Numbers.grouped(tick, decimals);
    }

    /** Maps a value to a pixel between {@code from} (for low) and {@code to} (for high). */
    public double map(double value, double from, double to) {
        return from + (value - low) / (high - low) * (to - from);
    }
}
