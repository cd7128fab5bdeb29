package dev.tpchbench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.tpch.TpchArrowGenerator;
import dev.tpchbench.tpch.TpchTable;

class ArrowTableSizeTest {
    /** The constants are this measurement; when it drifts, the failure prints the lines to paste. */
    @Test
    void theSizesAreWhatTheGeneratorAllocatesAtScaleFactorOneHundredth() {
        StringBuilder measured = new StringBuilder();
        boolean same = true;
        try (BufferAllocator allocator = new RootAllocator()) {
            for (TpchTable table : TpchTable.values()) {
                try (ArrowTable generated = TpchArrowGenerator.generate(table, ArrowTableSize.MEASURED_SCALE_FACTOR,
                        65_536, allocator)) {
                    long[] now = {generated.rowCount(), allocator.getAllocatedMemory()};
                    long[] recorded = ArrowTableSize.MEASURED.get(table);
                    same &= now[0] == recorded[0] && now[1] == recorded[1];
                    measured.append(String.format(java.util.Locale.ROOT,
                            "sizes.put(TpchTable.%s, new long[] {%,d, %,d});%n", table.name(), now[0], now[1])
                            .replace(',', '_').replace("_ ", ", "));
                }
            }
        }
        assertTrue(same, "measured now:\n" + measured);
    }

    @Test
    void lineitemScalesByDbgensRowCount() {
        // 60,175 rows at SF 0.01, 6,001,215 at SF 1: 194 B/row either way.
        long bytes = ArrowTableSize.wholeTableBytes(TpchTable.LINEITEM, 1);
        assertEquals(Math.ceil(6_001_215 * 11_665_408.0 / 60_175), bytes, 1);
        assertEquals(Math.ceil(59_986_052 * ArrowTableSize.bytesPerRow(TpchTable.LINEITEM)),
                ArrowTableSize.wholeTableBytes(TpchTable.LINEITEM, 10), 1);
    }
}
