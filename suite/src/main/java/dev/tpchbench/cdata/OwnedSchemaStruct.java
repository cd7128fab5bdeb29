package dev.tpchbench.cdata;

import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.memory.BufferAllocator;

/** The memory of one C {@code ArrowSchema} struct; the same ownership rules as {@link OwnedArrayStruct}. */
final class OwnedSchemaStruct implements AutoCloseable {
    private final ArrowSchema owner;

    private OwnedSchemaStruct(ArrowSchema owner) {
        this.owner = owner;
    }

    static OwnedSchemaStruct allocate(BufferAllocator allocator) {
        return new OwnedSchemaStruct(ArrowSchema.allocateNew(allocator));
    }

    /** Moves the content of {@code source} into a new struct; a released source gives a released struct. */
    static OwnedSchemaStruct moveFrom(ArrowSchema source, BufferAllocator allocator) {
        OwnedSchemaStruct moved = allocate(allocator);
        moved.owner.save(source.snapshot());
        source.markReleased();
        return moved;
    }

    ArrowSchema view() {
        return ArrowSchema.wrap(owner.memoryAddress());
    }

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
