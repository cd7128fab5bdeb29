package dev.tpchbench.history;

import java.awt.Color;

/** The few drawing operations the charts need, so one chart drawing yields both an SVG and a PNG. */
public interface Canvas {
    enum Anchor { START, MIDDLE, END }

    void line(double x1, double y1, double x2, double y2, Color color, float width, boolean dashed);

    void rect(double x, double y, double width, double height, Color fill);

    void circle(double cx, double cy, double radius, Color fill);

    /** Text whose baseline starts, is centred or ends at (x, y). */
    void text(String text, double x, double y, Anchor anchor, float size, boolean bold, Color color);
}
