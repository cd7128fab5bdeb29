package dev.tpchbench.history;

import java.awt.Color;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.tpchbench.results.Numbers;
import dev.tpchbench.results.ScoreDirection;

/**
 * One series over time: a point per run with JMH's error bar, runs evenly spaced (labelled with
 * UTC date and git sha), and a dashed line where a sustained shift starts.
 */
public final class TimeSeriesChart extends Chart {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final Color LINE = new Color(0x1f, 0x77, 0xb4);
    private static final int WIDTH = 680;
    private static final int HEIGHT = 330;
    private static final int TOP = 58;
    private static final int BOTTOM = 62;
    private static final int RIGHT = 20;

    private final SeriesKey series;
    private final List<SeriesPoint> points;
    private final List<ChangePoint> shifts;
    private final ScoreDirection direction;

    public TimeSeriesChart(SeriesKey series, List<SeriesPoint> points, List<ChangePoint> shifts) {
        this.series = series;
        this.points = List.copyOf(points);
        this.shifts = List.copyOf(shifts);
        this.direction = ScoreDirection.of(series.unit(), "");
    }

    @Override
    public int width() {
        return WIDTH;
    }

    @Override
    public int height() {
        return HEIGHT;
    }

    @Override
    public String title() {
        return series.key().displayName();
    }

    @Override
    protected void draw(Canvas c) {
        c.text(series.key().shortName(), 12, 20, Canvas.Anchor.START, 14, true, TEXT);
        c.text(series.key().paramsText(" "), 12, 37, Canvas.Anchor.START, 11.5f, false, MUTED);
        c.text(series.unit() + (direction == ScoreDirection.LOWER_IS_BETTER ? "  (lower is better)" : "  (higher is better)")
                + "   error bars: JMH 99.9% CI", 12, 52, Canvas.Anchor.START, 10.5f, false, MUTED);

        AxisScale y = yScale();
        double left = valueLabelRoom(y);
        double right = WIDTH - RIGHT;
        double top = TOP + 6;
        double bottom = HEIGHT - BOTTOM;
        valueAxis(c, y, left, right, top, bottom);

        double slot = (right - left) / points.size();
        int labelEvery = labelEvery(slot);
        for (int i = 0; i < points.size(); i++) {
            SeriesPoint p = points.get(i);
            double px = left + (i + 0.5) * slot;
            if (i % labelEvery == 0) {
                c.line(px, bottom, px, bottom + 4, AXIS, 1, false);
                c.text(p.time() == null ? "?" : DAY.format(p.time()), px, bottom + 16, Canvas.Anchor.MIDDLE, 9.5f, false, TEXT);
                c.text(p.shortSha(), px, bottom + 28, Canvas.Anchor.MIDDLE, 9.5f, false, MUTED);
            }
        }
        c.text("run (UTC start, git sha)", (left + right) / 2, HEIGHT - 8, Canvas.Anchor.MIDDLE, 10.5f, false, MUTED);

        for (ChangePoint shift : shifts) {
            drawShift(c, shift, left + shift.index() * slot, top, right);
        }
        for (int i = 0; i < points.size(); i++) {
            SeriesPoint p = points.get(i);
            double px = left + (i + 0.5) * slot;
            double py = y.map(p.score(), bottom, top);
            if (i > 0) {
                double prevX = left + (i - 0.5) * slot;
                c.line(prevX, y.map(points.get(i - 1).score(), bottom, top), px, py, LINE, 1.5f, false);
            }
            if (Double.isFinite(p.error()) && p.error() > 0) {
                double hi = y.map(p.score() + p.error(), bottom, top);
                double lo = y.map(p.score() - p.error(), bottom, top);
                errorBar(c, px, hi, lo, Math.min(5, slot / 4), LINE);
            }
        }
        for (int i = 0; i < points.size(); i++) {
            double px = left + (i + 0.5) * slot;
            c.circle(px, y.map(points.get(i).score(), bottom, top), 3.2, LINE);
        }
    }

    private void drawShift(Canvas c, ChangePoint shift, double x, double top, double right) {
        boolean better = direction.isImprovement(shift.ratio());
        Color color = better ? IMPROVEMENT : REGRESSION;
        c.line(x, top, x, HEIGHT - BOTTOM, color, 1.5f, true);
        String text = Numbers.signedPercent((shift.ratio() - 1) * 100) + (better ? " better" : " worse");
        boolean fitsRight = x + 6 + TextMeasure.width(text, 10.5f, true) < right;
        c.text(text, fitsRight ? x + 5 : x - 5, top + 12, fitsRight ? Canvas.Anchor.START : Canvas.Anchor.END, 10.5f,
                true, color);
    }

    /** Label every k-th run so that neighbouring labels do not overlap. */
    private int labelEvery(double slot) {
        double widest = TextMeasure.width("12-31 23:59", 9.5f, false) + 10;
        return Math.max(1, (int) Math.ceil(widest / slot));
    }

    private AxisScale yScale() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (SeriesPoint p : points) {
            double error = Double.isFinite(p.error()) ? p.error() : 0;
            min = Math.min(min, p.score() - error);
            max = Math.max(max, p.score() + error);
        }
        double pad = (max - min) * 0.08;
        return AxisScale.covering(Math.max(0, min - pad), max + pad, 5, false);
    }
}
