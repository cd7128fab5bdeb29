package dev.tpchbench.history;

import java.awt.Color;
import java.util.List;

import dev.tpchbench.results.Numbers;
import dev.tpchbench.results.ScoreDirection;

/** Horizontal bars with error bars, one per benchmark x parameter set, all in one unit. */
public final class BarChart extends Chart {
    /** @param colour index into the palette, the same for every bar of one benchmark method */
    public record Bar(String label, double value, double error, int colour) {
    }

    private static final int MIN_WIDTH = 760;
    /** Room for the bars themselves, whatever the length of the labels. */
    private static final int PLOT_WIDTH = 440;
    private static final int ROW = 30;
    private static final int TOP = 62;
    private static final int BOTTOM = 48;

    private final String title;
    private final String subtitle;
    private final String unit;
    private final List<Bar> bars;

    public BarChart(String title, String subtitle, String unit, List<Bar> bars) {
        this.title = title;
        this.subtitle = subtitle;
        this.unit = unit;
        this.bars = List.copyOf(bars);
        this.width = (int) Math.max(MIN_WIDTH, labelRoom() + PLOT_WIDTH + valueRoom() + 12);
    }

    private final int width;

    @Override
    public int width() {
        return width;
    }

    private double labelRoom() {
        return 12 + 10 + bars.stream().mapToDouble(b -> TextMeasure.width(b.label(), 11, false)).max().orElse(0);
    }

    private double valueRoom() {
        return 10 + bars.stream().mapToDouble(b -> TextMeasure.width(valueText(b), 10, false)).max().orElse(0);
    }

    @Override
    public int height() {
        return TOP + ROW * bars.size() + BOTTOM;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    protected void draw(Canvas c) {
        ScoreDirection direction = ScoreDirection.of(unit, "");
        c.text(title, 12, 20, Canvas.Anchor.START, 14, true, TEXT);
        c.text(subtitle, 12, 37, Canvas.Anchor.START, 11, false, MUTED);
        c.text(unit + (direction == ScoreDirection.LOWER_IS_BETTER ? "  (lower is better)" : "  (higher is better)")
                + "   error bars: JMH 99.9% CI", 12, 52, Canvas.Anchor.START, 10.5f, false, MUTED);

        double left = labelRoom();
        double right = width - 12 - valueRoom();
        double max = bars.stream().mapToDouble(b -> b.value() + (Double.isFinite(b.error()) ? b.error() : 0)).max().orElse(1);
        AxisScale x = AxisScale.covering(0, max, 5, true);
        double top = TOP;
        double bottom = TOP + ROW * bars.size();

        for (double tick : x.ticks()) {
            double px = x.map(tick, left, right);
            c.line(px, top, px, bottom, GRID, 1, false);
            c.text(x.label(tick), px, bottom + 14, Canvas.Anchor.MIDDLE, 10, false, TEXT);
        }
        c.line(left, bottom, right, bottom, AXIS, 1, false);
        c.line(left, top, left, bottom, AXIS, 1, false);
        c.text(unit, (left + right) / 2, bottom + 32, Canvas.Anchor.MIDDLE, 10.5f, false, MUTED);

        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double middle = top + ROW * i + ROW / 2.0;
            double end = x.map(bar.value(), left, right);
            c.rect(left, middle - ROW * 0.3, end - left, ROW * 0.6, PALETTE[bar.colour() % PALETTE.length]);
            c.text(bar.label(), left - 8, middle + 4, Canvas.Anchor.END, 11, false, TEXT);
            double textX = end;
            if (Double.isFinite(bar.error()) && bar.error() > 0) {
                double lo = x.map(Math.max(0, bar.value() - bar.error()), left, right);
                double hi = x.map(bar.value() + bar.error(), left, right);
                c.line(lo, middle, hi, middle, TEXT, 1.2f, false);
                c.line(lo, middle - 5, lo, middle + 5, TEXT, 1.2f, false);
                c.line(hi, middle - 5, hi, middle + 5, TEXT, 1.2f, false);
                textX = hi;
            }
            c.text(valueText(bar), textX + 6, middle + 4, Canvas.Anchor.START, 10, false, TEXT);
        }
    }

    private static String valueText(Bar bar) {
        return Numbers.readable(bar.value()) + " ± " + Numbers.readable(bar.error());
    }
}
