package dev.tpchbench.cdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/** A producer and a consumer allocator under one root, so a test can tell who leaked. */
final class Allocators implements AutoCloseable {
    final BufferAllocator root = new RootAllocator();
    final BufferAllocator producer = root.newChildAllocator("producer", 0, Long.MAX_VALUE);
    final BufferAllocator consumer = root.newChildAllocator("consumer", 0, Long.MAX_VALUE);

    void assertNothingAllocated() {
        assertEquals(0, producer.getAllocatedMemory(), "producer bytes still allocated");
        assertEquals(0, consumer.getAllocatedMemory(), "consumer bytes still allocated");
        assertEquals(0, root.getAllocatedMemory(), "root bytes still allocated");
    }

    /** Closing an allocator that still holds buffers throws, naming them. */
    @Override
    public void close() {
        consumer.close();
        producer.close();
        root.close();
    }
}
