package dev.tpchbench.history;

import java.awt.Color;
import java.util.Comparator;
import java.util.List;

/**
 * A value against the scale factor (log axis), one line per path with a legend naming each; a point
 * may carry a bar from {@code low} to {@code high} (NaN for none).
 */
public final class ScalingChart extends Chart {
    public record Point(double scaleFactor, double value, double low, double high) {
        boolean hasBar() {
            return Double.isFinite(low) && Double.isFinite(high) && high > low;
        }
    }

    /** A path's points, kept in scale factor order so that the line runs left to right. */
    public record Line(String name, List<Point> points) {
        public Line {
            points = points.stream().sorted(Comparator.comparingDouble(Point::scaleFactor)).toList();
        }
    }

    private static final int MIN_WIDTH = 680;
    private static final int TOP = 58;
    private static final int PLOT = 230;
    private static final int AXIS_ROOM = 40;
    private static final int LEGEND_ROW = 18;
    private static final int RIGHT = 20;
    private static final int LEGEND_SWATCH = 28;

    private final String title;
    private final String subtitle;
    private final String unit;
    private final String barsNote;
    private final List<Line> lines;
    private final int width;

    /** @param barsNote what the bars show, e.g. "error bars: JMH 99.9% CI" */
    public ScalingChart(String title, String subtitle, String unit, String barsNote, List<Line> lines) {
        this.title = title;
        this.subtitle = subtitle;
        this.unit = unit;
        this.barsNote = barsNote;
        this.lines = List.copyOf(lines);
        double legend = 12 + LEGEND_SWATCH + 8 + this.lines.stream()
                .mapToDouble(l -> TextMeasure.width(l.name(), 11, false)).max().orElse(0) + RIGHT;
        this.width = (int) Math.max(MIN_WIDTH, legend);
    }

    public String unit() {
        return unit;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The x axis: the scale factors of every line's points. */
    public LogAxisScale xScale() {
        double min = lines.stream().flatMap(l -> l.points().stream()).mapToDouble(Point::scaleFactor).min().orElse(1);
        double max = lines.stream().flatMap(l -> l.points().stream()).mapToDouble(Point::scaleFactor).max().orElse(1);
        return LogAxisScale.covering(min, max);
    }

    /** The y axis: from zero to the highest value or bar. */
    public AxisScale yScale() {
        double max = lines.stream().flatMap(l -> l.points().stream())
                .mapToDouble(p -> p.hasBar() ? Math.max(p.value(), p.high()) : p.value()).max().orElse(1);
        return AxisScale.covering(0, max, 5, true);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return TOP + PLOT + AXIS_ROOM + LEGEND_ROW * lines.size() + 8;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    protected void draw(Canvas c) {
        c.text(title, 12, 20, Canvas.Anchor.START, 14, true, TEXT);
        c.text(subtitle, 12, 37, Canvas.Anchor.START, 11.5f, false, MUTED);
        c.text(unit + "   " + barsNote, 12, 52, Canvas.Anchor.START, 10.5f, false, MUTED);

        AxisScale y = yScale();
        LogAxisScale x = xScale();
        double left = valueLabelRoom(y);
        double right = width - RIGHT;
        double top = TOP + 6;
        double bottom = TOP + PLOT;
        valueAxis(c, y, left, right, top, bottom);
        for (double tick : x.ticks()) {
            double px = x.map(tick, left, right);
            c.line(px, top, px, bottom, GRID, 1, false);
            c.line(px, bottom, px, bottom + 4, AXIS, 1, false);
            c.text(x.label(tick), px, bottom + 16, Canvas.Anchor.MIDDLE, 10, false, TEXT);
        }
        c.text("scale factor (log scale)", (left + right) / 2, bottom + 32, Canvas.Anchor.MIDDLE, 10.5f, false, MUTED);

        for (int i = 0; i < lines.size(); i++) {
            drawLine(c, lines.get(i), i, x, y, left, right, top, bottom);
            double legendY = bottom + AXIS_ROOM + LEGEND_ROW * i + 10;
            c.line(12, legendY - 4, 12 + LEGEND_SWATCH, legendY - 4, color(i), 2, dashed(i));
            c.circle(12 + LEGEND_SWATCH / 2.0, legendY - 4, 3.2, color(i));
            c.text(lines.get(i).name(), 12 + LEGEND_SWATCH + 8, legendY, Canvas.Anchor.START, 11, false, TEXT);
        }
    }

    private void drawLine(Canvas c, Line line, int index, LogAxisScale x, AxisScale y, double left, double right,
                          double top, double bottom) {
        Color color = color(index);
        double previousX = Double.NaN;
        double previousY = Double.NaN;
        for (Point p : line.points()) {
            double px = x.map(p.scaleFactor(), left, right);
            double py = y.map(p.value(), bottom, top);
            if (!Double.isNaN(previousX)) {
                c.line(previousX, previousY, px, py, color, 1.8f, dashed(index));
            }
            if (p.hasBar()) {
                errorBar(c, px, y.map(p.high(), bottom, top), y.map(p.low(), bottom, top), 4, color);
            }
            c.circle(px, py, 3.2, color);
            previousX = px;
            previousY = py;
        }
    }

    private static Color color(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** Lines beyond the palette repeat its colours dashed, so that no two lines look alike. */
    private static boolean dashed(int index) {
        return index >= PALETTE.length;
    }
}
