package dev.tpchbench.history;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Text widths from Java2D's font metrics, used to lay out both the PNG and the SVG (same font family). */
public final class TextMeasure {
    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final Graphics2D GRAPHICS = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();

    private TextMeasure() {
    }

    public static Font font(float size, boolean bold) {
        return new Font(FONT_FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
    }

    public static synchronized double width(String text, float size, boolean bold) {
        return GRAPHICS.getFontMetrics(font(size, bold)).stringWidth(text);
    }
}
