package dev.tpchbench.cdata;

import java.util.function.LongFunction;
import java.util.function.Predicate;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.c.BaseStruct;
import org.apache.arrow.memory.BufferAllocator;

/**
 * The memory of one C Data struct ({@code ArrowArray} or {@code ArrowSchema}), owned by whoever
 * holds this object.
 *
 * <p>Others only ever see {@linkplain #view() views} of it: a consumer may move the content out
 * (Arrow's importer does, and then closes the struct it was handed), but it cannot free this
 * memory. So {@link #close()} can always look at the struct and run the release callback if
 * nobody took the content, then free the memory: no leak and no use-after-free either way.
 */
final class OwnedStruct<S extends BaseStruct> implements AutoCloseable {
    private final S owner;
    private final LongFunction<S> wrap;
    private final Predicate<S> live;

    private OwnedStruct(S owner, LongFunction<S> wrap, Predicate<S> live) {
        this.owner = owner;
        this.wrap = wrap;
        this.live = live;
    }

    /** A released (empty) array struct, ready to be filled by an exporter. */
    static OwnedStruct<ArrowArray> array(BufferAllocator allocator) {
        return new OwnedStruct<>(ArrowArray.allocateNew(allocator), ArrowArray::wrap, a -> a.snapshot().release != 0);
    }

    /** A released (empty) schema struct, ready to be filled by an exporter. */
    static OwnedStruct<ArrowSchema> schema(BufferAllocator allocator) {
        return new OwnedStruct<>(ArrowSchema.allocateNew(allocator), ArrowSchema::wrap, s -> s.snapshot().release != 0);
    }

    /**
     * Moves the content of {@code source} into a new struct (the spec's "move": copy the struct,
     * mark the source released). A released source gives a released struct.
     */
    static OwnedStruct<ArrowArray> moveFrom(ArrowArray source, BufferAllocator allocator) {
        OwnedStruct<ArrowArray> moved = array(allocator);
        moved.owner.save(source.snapshot());
        source.markReleased();
        return moved;
    }

    /** As {@link #moveFrom(ArrowArray, BufferAllocator)}, for a schema. */
    static OwnedStruct<ArrowSchema> moveFrom(ArrowSchema source, BufferAllocator allocator) {
        OwnedStruct<ArrowSchema> moved = schema(allocator);
        moved.owner.save(source.snapshot());
        source.markReleased();
        return moved;
    }

    /** A view of the struct; closing the view does not free it. */
    S view() {
        return wrap.apply(owner.memoryAddress());
    }

    /** True while the struct still holds content that someone must release. */
    boolean isLive() {
        return live.test(owner);
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
