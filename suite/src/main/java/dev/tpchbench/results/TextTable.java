package dev.tpchbench.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A fixed-width text table for the console, the twin of {@link MarkdownTable}: columns padded to their
 * widest cell and separated by two spaces, numbers right-aligned on request, the last column never
 * padded, and optionally a rule of dashes under the header.
 */
public final class TextTable {
    private final String[] header;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();
    private boolean ruleUnderHeader;

    public TextTable(String... header) {
        this.header = header.clone();
        this.right = new boolean[header.length];
    }

    /** Right-aligns the given columns (numbers), counted from 0. */
    public TextTable rightAligned(int... columns) {
        for (int column : columns) {
            right[column] = true;
        }
        return this;
    }

    /** Draws a line of dashes as wide as the table under the header. */
    public TextTable ruleUnderHeader() {
        ruleUnderHeader = true;
        return this;
    }

    public TextTable row(String... cells) {
        if (cells.length != header.length) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + header.length
                    + " columns: " + Arrays.toString(cells));
        }
        rows.add(cells.clone());
        return this;
    }

    public String render() {
        int[] widths = new int[header.length];
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (String[] row : all) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < all.size(); r++) {
            String[] row = all.get(r);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                boolean last = c == row.length - 1;
                line.append(last ? row[c] : String.format(Locale.ROOT, "%" + (right[c] ? "" : "-") + widths[c] + "s", row[c]));
                if (!last) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0 && ruleUnderHeader) {
                out.append("-".repeat(Arrays.stream(widths).sum() + 2 * (widths.length - 1))).append('\n');
            }
        }
        return out.toString();
    }
}
