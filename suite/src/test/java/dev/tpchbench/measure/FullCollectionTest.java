package dev.tpchbench.measure;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class FullCollectionTest {
    @Test
    void collectsTwiceAndReturnsOnceTheCollectorsCounted() {
        long before = FullCollection.collections();
        FullCollection.collect();
        assertTrue(FullCollection.collections() >= before + 2, "two explicit collections, both counted on return");
    }

    @Test
    void refusesWhenExplicitCollectionsDoNothing() {
        AtomicLong calls = new AtomicLong();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FullCollection.collect(calls::incrementAndGet, () -> 7));
        assertEquals(2, calls.get());
        assertTrue(e.getMessage().contains("DisableExplicitGC"), e.getMessage());
    }

    @Test
    void acceptsACountThatMoved() {
        AtomicLong calls = new AtomicLong();
        AtomicLong count = new AtomicLong(7);
        assertDoesNotThrow(() -> FullCollection.collect(calls::incrementAndGet, count::incrementAndGet));
        assertEquals(2, calls.get());
    }
}
