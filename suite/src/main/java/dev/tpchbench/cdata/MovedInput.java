package dev.tpchbench.cdata;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.memory.BufferAllocator;

/**
 * What an importer was handed (an array and maybe a schema), moved into structs the importer
 * owns. This is how every importer keeps the "consumes its input" contract of
 * {@link BatchImporter}: whatever happens during the import, {@link #close()} releases what
 * nobody took.
 */
final class MovedInput implements AutoCloseable {
    private OwnedStruct<ArrowArray> array;
    private final OwnedStruct<ArrowSchema> schema;

    private MovedInput(OwnedStruct<ArrowArray> array, OwnedStruct<ArrowSchema> schema) {
        this.array = array;
        this.schema = schema;
    }

    static MovedInput take(ArrowArray array, ArrowSchema schema, BufferAllocator allocator) {
        OwnedStruct<ArrowArray> movedArray = OwnedStruct.moveFrom(array, allocator);
        OwnedStruct<ArrowSchema> movedSchema;
        try {
            movedSchema = schema == null ? null : OwnedStruct.moveFrom(schema, allocator);
        } catch (RuntimeException e) {
            movedArray.close();
            throw e;
        }
        MovedInput input = new MovedInput(movedArray, movedSchema);
        String released = !input.array.isLive() ? "ArrowArray"
                : input.schema != null && !input.schema.isLive() ? "ArrowSchema" : null;
        if (released != null) {
            input.close();
            throw new IllegalStateException("cannot import a released " + released);
        }
        return input;
    }

    ArrowArray array() {
        return array.view();
    }

    /**
     * Hands the moved array over to the caller, who must close it (a zero-copy import keeps it until
     * the last imported buffer is released); {@link #close()} then leaves it alone.
     */
    OwnedStruct<ArrowArray> takeArray() {
        OwnedStruct<ArrowArray> taken = array;
        array = null;
        return taken;
    }

    /** The schema, or null if the batch came without one. */
    ArrowSchema schema() {
        return schema == null ? null : schema.view();
    }

    @Override
    public void close() {
        try {
            if (array != null) {
                array.close();
            }
        } finally {
            if (schema != null) {
                schema.close();
            }
        }
    }
}
