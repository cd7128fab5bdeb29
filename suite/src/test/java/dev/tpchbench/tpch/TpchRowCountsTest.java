package dev.tpchbench.tpch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TpchRowCountsTest {
    @Test
    void lineitemMatchesDbgenAtKnownScaleFactors() {
        assertEquals(60_175, TpchRowCounts.expectedRows(TpchTable.LINEITEM, 0.01));
        assertEquals(600_572, TpchRowCounts.expectedRows(TpchTable.LINEITEM, 0.1));
        assertEquals(6_001_215, TpchRowCounts.expectedRows(TpchTable.LINEITEM, 1));
    }

    @Test
    void lineitemAtScaleFactorTen() {
        assertEquals(59_986_052, TpchRowCounts.expectedRows(TpchTable.LINEITEM, 10));
    }

    @Test
    void linearTablesFollowTheSpecFormulas() {
        assertEquals(150_000, TpchRowCounts.expectedRows(TpchTable.CUSTOMER, 1));
        assertEquals(1_500, TpchRowCounts.expectedRows(TpchTable.CUSTOMER, 0.01));
        assertEquals(1_500_000, TpchRowCounts.expectedRows(TpchTable.ORDERS, 1));
        assertEquals(15_000_000, TpchRowCounts.expectedRows(TpchTable.ORDERS, 10));
        assertEquals(200_000, TpchRowCounts.expectedRows(TpchTable.PART, 1));
        assertEquals(800_000, TpchRowCounts.expectedRows(TpchTable.PARTSUPP, 1));
        assertEquals(10_000, TpchRowCounts.expectedRows(TpchTable.SUPPLIER, 1));
        assertEquals(25, TpchRowCounts.expectedRows(TpchTable.NATION, 0.01));
        assertEquals(5, TpchRowCounts.expectedRows(TpchTable.REGION, 100));
    }

    @Test
    void partsAddUpToTheWholeTable() {
        for (TpchTable table : new TpchTable[] {TpchTable.LINEITEM, TpchTable.ORDERS, TpchTable.PARTSUPP}) {
            long[] parts = TpchRowCounts.rowsPerPart(table, 0.1, 4);
            assertEquals(TpchRowCounts.expectedRows(table, 0.1), Arrays.stream(parts).sum(), table.tableName());
        }
    }

    @Test
    void rejectsScaleFactorsThatAreNotFiniteAndPositive() {
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TpchRowCounts.expectedRows(TpchTable.ORDERS, bad));
            assertEquals("scale factor must be finite and > 0, got " + bad, e.getMessage());
        }
    }
}
