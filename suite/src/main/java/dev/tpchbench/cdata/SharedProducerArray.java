package dev.tpchbench.cdata;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.ForeignAllocation;

/**
 * The producer's array of one zero-copy import, shared by every buffer wrapped from it. The C Data
 * Interface has one release callback for all the buffers of an array, while Arrow accounts each
 * buffer on its own; so this counts its holders (the import in progress, then each wrapped buffer)
 * and, when the last lets go, closes the moved struct: the producer's release callback runs
 * there, exactly once, and the struct memory is freed.
 */
final class SharedProducerArray {
    private final OwnedStruct<ArrowArray> array;
    private final AtomicInteger holders = new AtomicInteger(1);

    /** Takes {@code array}; the caller holds the first reference and must {@link #release()} it. */
    SharedProducerArray(OwnedStruct<ArrowArray> array) {
        this.array = array;
    }

    /**
     * The producer's {@code size} bytes at {@code address} as a buffer accounted to {@code allocator},
     * holding this array until the buffer is released; {@code size} 0 gives the allocator's empty buffer.
     */
    ArrowBuf wrap(BufferAllocator allocator, long address, long size) {
        if (size == 0) {
            return allocator.getEmpty();
        }
        if (holders.getAndIncrement() <= 0) {
            throw new IllegalStateException("the imported array was already released");
        }
        ProducerBuffer buffer = new ProducerBuffer(size, address);
        try {
            return allocator.wrapForeignAllocation(buffer);
        } catch (RuntimeException | Error e) {
            // wrapForeignAllocation calls release0 itself on some failures and not on others (over the limit).
            buffer.release0();
            throw e;
        }
    }

    /** One holder is done; the last one releases the producer's array. */
    void release() {
        int left = holders.decrementAndGet();
        if (left == 0) {
            array.close();
        } else if (left < 0) {
            throw new IllegalStateException("the imported array was released more often than it was held");
        }
    }

    /** One producer buffer as Arrow sees it: released once, when its last ArrowBuf is closed. */
    private final class ProducerBuffer extends ForeignAllocation {
        private boolean released;

        ProducerBuffer(long size, long address) {
            super(size, address);
        }

        @Override
        protected void release0() {
            if (!released) {
                released = true;
                release();
            }
        }
    }
}
