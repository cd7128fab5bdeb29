package dev.tpchbench.history;

import java.awt.Color;
import java.util.Locale;

/** Draws into an inline {@code <svg>} element. */
public final class SvgCanvas implements Canvas {
    private final StringBuilder svg = new StringBuilder();

    public SvgCanvas(int width, int height, String title) {
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" font-family=\"%s, Verdana, sans-serif\"><title>%s</title>"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n", width, height, width, height,
                TextMeasure.FONT_FAMILY, Html.escape(title)));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color color, float width, boolean dashed) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                + "stroke-width=\"%.1f\"%s/>\n", x1, y1, x2, y2, hex(color), width,
                dashed ? " stroke-dasharray=\"5,4\"" : ""));
    }

    @Override
    public void rect(double x, double y, double width, double height, Color fill) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
                x, y, width, height, hex(fill)));
    }

    @Override
    public void circle(double cx, double cy, double radius, Color fill) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>\n",
                cx, cy, radius, hex(fill)));
    }

    @Override
    public void text(String text, double x, double y, Anchor anchor, float size, boolean bold, Color color) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"%s\" "
                + "fill=\"%s\"%s>%s</text>\n", x, y, size, anchor == Anchor.START ? "start"
                : anchor == Anchor.MIDDLE ? "middle" : "end", hex(color), bold ? " font-weight=\"bold\"" : "",
                Html.escape(text)));
    }

    public String finish() {
        return svg + "</svg>";
    }

    private static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }
}
