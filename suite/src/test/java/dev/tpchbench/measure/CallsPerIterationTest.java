package dev.tpchbench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CallsPerIterationTest {
    @Test
    void theSuitesBatchSizes() {
        assertEquals(8192, CallsPerIteration.forBatchRows(1024));
        assertEquals(2048, CallsPerIteration.forBatchRows(65_536));
        assertEquals(128, CallsPerIteration.forBatchRows(1_048_576));
    }

    @Test
    void staysWithinItsBoundsAtTheExtremes() {
        assertEquals(8192, CallsPerIteration.forBatchRows(1));
        assertEquals(64, CallsPerIteration.forBatchRows(Integer.MAX_VALUE));
        assertEquals(1342, CallsPerIteration.forBatchRows(100_000));
    }

    /** About a second of the hand-written import per iteration (3.9 ms at 65,536 rows, 78.6 ms at 1,048,576). */
    @Test
    void aCopyingCallGetsFewerCallsButNeverFewerThanTheLargestRing() {
        assertEquals(8192, CallsPerIteration.forCopiedRows(1024));
        assertEquals(256, CallsPerIteration.forCopiedRows(65_536));
        assertEquals(16, CallsPerIteration.forCopiedRows(1_048_576));
        assertEquals(8, CallsPerIteration.forCopiedRows(Integer.MAX_VALUE));
    }

    @Test
    void aDeclaredCountIsKeptWhateverTheCallCopies() {
        assertEquals(8192, CallsPerIteration.of(8192, 1_048_576, true));
        assertEquals(16, CallsPerIteration.of(CallsPerIteration.BY_BATCH_ROWS, 1_048_576, true));
        assertEquals(128, CallsPerIteration.of(CallsPerIteration.BY_BATCH_ROWS, 1_048_576, false));
    }

    @Test
    void refusesANonPositiveBatch() {
        assertThrows(IllegalArgumentException.class, () -> CallsPerIteration.forBatchRows(0));
        assertThrows(IllegalArgumentException.class, () -> CallsPerIteration.forCopiedRows(0));
    }
}
