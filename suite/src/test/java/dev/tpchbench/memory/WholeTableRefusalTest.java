package dev.tpchbench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import dev.tpchbench.tpch.TpchTable;

class WholeTableRefusalTest {
    private static final long GIB = 1L << 30;

    private static MemoryBudget budget(long memAvailable, long direct) {
        return new MemoryBudget(OptionalLong.of(memAvailable), direct, "-XX:MaxDirectMemorySize");
    }

    @Test
    void phaseOneAndAHalfAtScaleFactorTenIsRefusedWithWhatItNeedsAndWhatThereIs() {
        Optional<String> refusal = WholeTableRefusal.refusal("PHASE_1_5", 1 + WholeTableRefusal.PHASE_1_5_COPIES,
                TpchTable.LINEITEM, 10, budget(21 * GIB, 14 * GIB));
        assertEquals("PHASE_1_5 refused for lineitem at SF 10: it holds the whole table 2.58 times, about"
                + " 27.9 GiB of Arrow memory (59,986,052 rows x 194 B/row, measured at SF 0.01), but there is"
                + " 14.0 GiB of direct memory for this JVM (-XX:MaxDirectMemorySize)"
                + " (the machine has 21.0 GiB MemAvailable in /proc/meminfo)", refusal.orElseThrow());
    }

    @Test
    void theSmallerLimitDecidesAndIsNamedFirst() {
        // 1.16 GB of lineitem at SF 1: fits 2 GiB of both, not 1 GiB of either.
        assertEquals(Optional.empty(), WholeTableRefusal.refusal("PHASE_2", 1, TpchTable.LINEITEM, 1,
                budget(2 * GIB, 2 * GIB)));
        String machine = WholeTableRefusal.refusal("PHASE_2", 1, TpchTable.LINEITEM, 1, budget(GIB, 8 * GIB))
                .orElseThrow();
        assertTrue(machine.endsWith("but there is 1.0 GiB MemAvailable in /proc/meminfo (this JVM may use 8.0 GiB"
                + " of direct memory, -XX:MaxDirectMemorySize)"), machine);
        String direct = WholeTableRefusal.refusal("PHASE_2", 1, TpchTable.LINEITEM, 1, budget(8 * GIB, GIB))
                .orElseThrow();
        assertTrue(direct.endsWith("but there is 1.0 GiB of direct memory for this JVM (-XX:MaxDirectMemorySize)"
                + " (the machine has 8.0 GiB MemAvailable in /proc/meminfo)"), direct);
    }

    @Test
    void theBoundaryIsTheEstimateItself() {
        long needed = ArrowTableSize.wholeTableBytes(TpchTable.ORDERS, 1);
        assertEquals(Optional.empty(), WholeTableRefusal.refusal("p", 1, TpchTable.ORDERS, 1, budget(needed, needed)));
        assertTrue(WholeTableRefusal.refusal("p", 1, TpchTable.ORDERS, 1, budget(needed - 1, needed)).isPresent());
        assertTrue(WholeTableRefusal.refusal("p", 2, TpchTable.ORDERS, 1, budget(needed, 2 * needed)).isPresent());
    }

    @Test
    void withoutMeminfoOnlyTheJvmLimitCounts() {
        MemoryBudget budget = new MemoryBudget(OptionalLong.empty(), 3 * GIB, "no -XX:MaxDirectMemorySize, so the max heap");
        assertEquals(3 * GIB, budget.bytes());
        assertEquals("3.0 GiB of direct memory for this JVM (no -XX:MaxDirectMemorySize, so the max heap);"
                + " no /proc/meminfo to say what the machine has free", budget.describe());
    }

    @Test
    void readsMemAvailableInKibibytes() {
        String meminfo = "MemTotal:       24567892 kB\nMemFree:         1234567 kB\nMemAvailable:   20000000 kB\n";
        assertEquals(OptionalLong.of(20_000_000L * 1024), MemoryBudget.memAvailable(meminfo));
        assertEquals(OptionalLong.empty(), MemoryBudget.memAvailable("MemTotal: 1 kB\n"));
    }

    @Test
    void thisJvmHasABudgetWithinWhatItWasGiven() {
        // Surefire's JVM is started with -XX:MaxDirectMemorySize=8g (suite/pom.xml).
        MemoryBudget budget = MemoryBudget.ofThisJvm();
        assertTrue(budget.bytes() > 0 && budget.bytes() <= 8 * GIB, budget.describe());
        assertTrue(budget.describe().contains("-XX:MaxDirectMemorySize"), budget.describe());
    }

    @Test
    void messagesReadTheSameOnAGermanMachine() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            String refusal = WholeTableRefusal.refusal("PHASE_1_5", 1.5, TpchTable.ORDERS, 0.5,
                    budget(GIB / 10, GIB / 10)).orElseThrow();
            assertTrue(refusal.startsWith("PHASE_1_5 refused for orders at SF 0.5: it holds the whole table 1.50 times,"
                    + " about 170 MiB of Arrow memory (750,000 rows x 158 B/row"), refusal);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void rejectsANonPositiveCopyCount() {
        assertThrows(IllegalArgumentException.class,
                () -> WholeTableRefusal.refusal("p", 0, TpchTable.ORDERS, 1, budget(GIB, GIB)));
    }
}
