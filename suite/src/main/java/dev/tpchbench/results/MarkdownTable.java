package dev.tpchbench.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Markdown table, as the summaries and reports write them: a header, an alignment row ({@code ---}
 * or {@code --:} for numbers), and cells in which a {@code |} is escaped and a line break becomes a space.
 */
public final class MarkdownTable {
    private final String[] header;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();

    public MarkdownTable(String... header) {
        this.header = header.clone();
        this.right = new boolean[header.length];
    }

    /** Right-aligns the given columns (numbers), counted from 0. */
    public MarkdownTable rightAligned(int... columns) {
        for (int column : columns) {
            right[column] = true;
        }
        return this;
    }

    public MarkdownTable row(String... cells) {
        if (cells.length != header.length) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + header.length
                    + " columns: " + Arrays.toString(cells));
        }
        rows.add(cells.clone());
        return this;
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        line(out, header);
        out.append('|');
        for (boolean r : right) {
            out.append(r ? "--:|" : "---|");
        }
        out.append('\n');
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        out.append('\n');
    }
}
