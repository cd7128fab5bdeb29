package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** A run interrupted while JMH still ran records nothing: the hook begins before it stops the forks. */
class ShutdownCleanupTest {
    @Test
    void aRunNotInterruptedRecordsItsResults() throws Exception {
        ShutdownCleanup cleanup = new ShutdownCleanup("test", () -> { }, 1);

        assertEquals("recorded", cleanup.unlessInterrupted(() -> "recorded"));
    }

    @Test
    void onceTheHookHasBegunNothingIsRecorded() {
        ShutdownCleanup cleanup = new ShutdownCleanup("test", () -> { }, 1);
        AtomicInteger writes = new AtomicInteger();

        cleanup.begin();

        assertThrows(ShutdownCleanup.InterruptedRunException.class,
                () -> cleanup.unlessInterrupted(writes::incrementAndGet));
        assertEquals(0, writes.get(), "the results were written although the run was interrupted");
    }
}
