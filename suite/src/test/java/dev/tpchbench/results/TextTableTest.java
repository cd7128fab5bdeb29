package dev.tpchbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextTableTest {
    @Test
    void padsToTheWidestCellRightAlignsNumbersAndLeavesTheLastColumnUnpadded() {
        String text = new TextTable("name", "score", "status").rightAligned(1)
                .row("export", "1,021.7", "VERIFIED")
                .row("import-library", "57.1", "REJECTED: rows")
                .render();
        assertEquals("name              score  status\n"
                + "export          1,021.7  VERIFIED\n"
                + "import-library     57.1  REJECTED: rows\n", text);
    }

    @Test
    void drawsARuleAsWideAsTheTableUnderTheHeader() {
        String text = new TextTable("a", "bb").ruleUnderHeader().row("ccc", "d").render();
        assertEquals("a    bb\n-------\nccc  d\n", text);
    }

    @Test
    void stripsTrailingSpacesWhenTheLastCellIsEmpty() {
        assertEquals("a  b\nx\n", new TextTable("a", "b").row("x", "").render());
    }

    @Test
    void refusesARowOfTheWrongWidth() {
        assertThrows(IllegalArgumentException.class, () -> new TextTable("a", "b").row("only one"));
    }
}
