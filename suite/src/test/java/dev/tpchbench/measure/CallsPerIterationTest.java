package dev.tpchbench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CallsPerIterationTest {
    @Test
    void theSuitesBatchSizes() {
        assertEquals(2048, CallsPerIteration.forBatchRows(1024));
        assertEquals(512, CallsPerIteration.forBatchRows(65_536));
        assertEquals(64, CallsPerIteration.forBatchRows(1_048_576));
    }

    @Test
    void staysWithinItsBoundsAtTheExtremes() {
        assertEquals(2048, CallsPerIteration.forBatchRows(1));
        assertEquals(64, CallsPerIteration.forBatchRows(Integer.MAX_VALUE));
        assertEquals(335, CallsPerIteration.forBatchRows(100_000));
    }

    @Test
    void refusesANonPositiveBatch() {
        assertThrows(IllegalArgumentException.class, () -> CallsPerIteration.forBatchRows(0));
    }
}
