package dev.tpchbench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RingBatchesTest {
    @Test
    void theSuitesBatchSizes() {
        assertEquals(8, RingBatches.forBatchRows(1024));
        assertEquals(8, RingBatches.forBatchRows(65_536));
        assertEquals(2, RingBatches.forBatchRows(1_048_576));
    }

    @Test
    void holdsAtMostTheRingRowsBetweenItsBounds() {
        assertEquals(8, RingBatches.forBatchRows(1));
        assertEquals(8, RingBatches.forBatchRows(262_144));
        assertEquals(4, RingBatches.forBatchRows(524_288));
        assertEquals(2, RingBatches.forBatchRows(Integer.MAX_VALUE));
    }

    @Test
    void refusesANonPositiveBatch() {
        assertThrows(IllegalArgumentException.class, () -> RingBatches.forBatchRows(0));
    }
}
