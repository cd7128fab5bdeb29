package dev.tpchbench.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlantedChangeTest {
    @Test
    void parsesAFactorOfAtLeastOne() {
        assertEquals(1.1, PlantedChange.parse("1.10").factor());
        assertEquals(1.0, PlantedChange.parse(" 1 ").factor());
    }

    @Test
    void refusesWhatCannotBePlanted() {
        for (String bad : new String[] {"0.9", "0", "-2", "fast", "NaN", "1000"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlantedChange.parse(bad));
            assertTrue(e.getMessage().contains(PlantedChange.PROPERTY), e.getMessage());
        }
    }

    @Test
    void stretchesACallToTheFactorOfItsWork() {
        long start = System.nanoTime();
        while (System.nanoTime() - start < 2_000_000) {
            // 2 ms of "work"
        }
        PlantedChange.parse("2").stretch(start);
        long total = System.nanoTime() - start;
        assertTrue(total >= 4_000_000, "at least twice the work: " + total + " ns");
    }
}
