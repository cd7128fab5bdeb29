package dev.tpchbench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class WarmUpTest {
    @Test
    void fastLapsStopAtTheCallCount() {
        AtomicInteger laps = new AtomicInteger();
        long calls = WarmUp.repeat(laps::incrementAndGet, 64, 1_000, Duration.ofMinutes(10));
        assertEquals(16, laps.get(), "ceil(1,000 / 64) laps");
        assertEquals(1_024, calls);
    }

    @Test
    void slowLapsStopAtTheTimeLimitAfterAtLeastOneLap() {
        AtomicInteger laps = new AtomicInteger();
        long calls = WarmUp.repeat(() -> {
            laps.incrementAndGet();
            sleep(30);
        }, 64, 1_000_000, Duration.ofMillis(50));
        assertTrue(laps.get() >= 1 && laps.get() <= 3, laps.get() + " laps");
        assertEquals(64L * laps.get(), calls);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
