package dev.tpchbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {
    @Test
    void writesHeaderAlignmentAndRows() {
        String table = new MarkdownTable("benchmark", "score", "status").rightAligned(1)
                .row("LanceWriteBenchmark.writeTable", "1.234", "VERIFIED")
                .row("PipelineBenchmark.pipeline", "-", "REJECTED")
                .render();
        assertEquals("| benchmark | score | status |\n"
                + "|---|--:|---|\n"
                + "| LanceWriteBenchmark.writeTable | 1.234 | VERIFIED |\n"
                + "| PipelineBenchmark.pipeline | - | REJECTED |\n", table);
    }

    @Test
    void aPipeInACellIsEscapedAndALineBreakBecomesASpace() {
        String table = new MarkdownTable("reason").row("a | b\nc").render();
        assertEquals("| reason |\n|---|\n| a \\| b c |\n", table);
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        MarkdownTable table = new MarkdownTable("a", "b");
        assertThrows(IllegalArgumentException.class, () -> table.row("only one"));
    }

    @Test
    void aTableWithoutRowsIsItsHeader() {
        assertEquals("| a | b |\n|---|---|\n", new MarkdownTable("a", "b").render());
    }
}
