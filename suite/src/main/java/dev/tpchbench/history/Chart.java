package dev.tpchbench.history;

import java.awt.Color;

/** A chart drawn once onto any {@link Canvas}; {@link #svg()} and {@link #png()} render it. */
public abstract class Chart {
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x66, 0x66, 0x66);
    static final Color GRID = new Color(0xe3, 0xe3, 0xe3);
    static final Color AXIS = new Color(0x99, 0x99, 0x99);
    static final Color REGRESSION = new Color(0xc6, 0x28, 0x28);
    static final Color IMPROVEMENT = new Color(0x2e, 0x7d, 0x32);
    static final Color[] PALETTE = {new Color(0x1f, 0x77, 0xb4), new Color(0xff, 0x7f, 0x0e),
            new Color(0x2c, 0xa0, 0x2c), new Color(0x94, 0x67, 0xbd), new Color(0x8c, 0x56, 0x4b),
            new Color(0x17, 0xbe, 0xcf), new Color(0xe3, 0x77, 0xc2), new Color(0x7f, 0x7f, 0x7f)};

    public abstract int width();

    /** Room left of a plot for the tick labels of its value axis. */
    static double valueLabelRoom(AxisScale y) {
        return 14 + y.ticks().stream().mapToDouble(t -> TextMeasure.width(y.label(t), 10, false)).max().orElse(30);
    }

    /** The value axis: a grid line and a label at each tick, then the two axes of the plot. */
    static void valueAxis(Canvas c, AxisScale y, double left, double right, double top, double bottom) {
        for (double tick : y.ticks()) {
            double py = y.map(tick, bottom, top);
            c.line(left, py, right, py, GRID, 1, false);
            c.text(y.label(tick), left - 6, py + 3.5, Canvas.Anchor.END, 10, false, TEXT);
        }
        c.line(left, bottom, right, bottom, AXIS, 1, false);
        c.line(left, top, left, bottom, AXIS, 1, false);
    }

    /** A vertical error bar from pixel {@code hi} to {@code lo} with caps {@code cap} wide on each side. */
    static void errorBar(Canvas c, double x, double hi, double lo, double cap, Color color) {
        c.line(x, hi, x, lo, color, 1, false);
        c.line(x - cap, hi, x + cap, hi, color, 1, false);
        c.line(x - cap, lo, x + cap, lo, color, 1, false);
    }

    public abstract int height();

    public abstract String title();

    protected abstract void draw(Canvas canvas);

    public String svg() {
        SvgCanvas canvas = new SvgCanvas(width(), height(), title());
        draw(canvas);
        return canvas.finish();
    }

    public byte[] png() {
        PngCanvas canvas = new PngCanvas(width(), height());
        draw(canvas);
        return canvas.finish();
    }
}
