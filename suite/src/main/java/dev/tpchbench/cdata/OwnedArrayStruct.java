package dev.tpchbench.cdata;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.memory.BufferAllocator;

/**
 * The memory of one C {@code ArrowArray} struct, owned by whoever holds this object.
 *
 * <p>Others only ever see {@linkplain #view() views} of it: a consumer may move the content out
 * (Arrow's importer does, and then closes the struct it was handed), but it cannot free this
 * memory. So {@link #close()} can always look at the struct and run the release callback if
 * nobody took the content, then free the memory: no leak and no use-after-free either way.
 */
final class OwnedArrayStruct implements AutoCloseable {
    private final ArrowArray owner;

    private OwnedArrayStruct(ArrowArray owner) {
        this.owner = owner;
    }

    /** A released (empty) struct, ready to be filled by an exporter. */
    static OwnedArrayStruct allocate(BufferAllocator allocator) {
        return new OwnedArrayStruct(ArrowArray.allocateNew(allocator));
    }

    /**
     * Moves the content of {@code source} into a new struct (the spec's "move": copy the struct,
     * mark the source released). A released source gives a released struct.
     */
    static OwnedArrayStruct moveFrom(ArrowArray source, BufferAllocator allocator) {
        OwnedArrayStruct moved = allocate(allocator);
        moved.owner.save(source.snapshot());
        source.markReleased();
        return moved;
    }

    /** A view of the struct; closing the view does not free it. */
    ArrowArray view() {
        return ArrowArray.wrap(owner.memoryAddress());
    }

    /** True while the struct still holds content that someone must release. */
    boolean isLive() {
        return owner.snapshot().release != 0;
    }

    @Override
    public void close() {
        try {
            if (isLive()) {
                owner.release();
            }
        } finally {
            owner.close();
        }
    }
}
