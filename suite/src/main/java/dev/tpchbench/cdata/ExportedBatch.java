package dev.tpchbench.cdata;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * One record batch exported over the Arrow C Data Interface: an {@code ArrowArray} and, if asked
 * for, an {@code ArrowSchema}, filled by Arrow's exporter from a {@link VectorSchemaRoot}.
 *
 * <p>Ownership. This object owns the struct memory for its whole life. The exported content
 * (which holds references to the source vectors' buffers) goes to whoever imports it: a
 * {@link BatchImporter} moves it out, after which {@link #isArrayLive()} is false. {@link #close()}
 * runs the release callback of whatever nobody took, then frees the structs, so closing is
 * leak-free whether or not the batch was imported, and whether or not an import failed.
 *
 * <p>The source root stays the caller's: it may be closed before or after this batch, but must
 * not be refilled while the exported content is alive (the export shares its buffers).
 */
public final class ExportedBatch implements AutoCloseable {
    private final OwnedStruct<ArrowArray> array;
    private final OwnedStruct<ArrowSchema> schema;

    private ExportedBatch(OwnedStruct<ArrowArray> array, OwnedStruct<ArrowSchema> schema) {
        this.array = array;
        this.schema = schema;
    }

    /**
     * Exports {@code root}; the structs and the exporter's bookkeeping come from {@code allocator}.
     * With {@code withSchema} false only the array is exported, as a stream does after its first batch.
     */
    public static ExportedBatch export(BufferAllocator allocator, VectorSchemaRoot root, boolean withSchema) {
        OwnedStruct<ArrowArray> array = OwnedStruct.array(allocator);
        OwnedStruct<ArrowSchema> schema = null;
        try {
            if (withSchema) {
                schema = OwnedStruct.schema(allocator);
                Data.exportVectorSchemaRoot(allocator, root, null, array.view(), schema.view());
            } else {
                Data.exportVectorSchemaRoot(allocator, root, null, array.view());
            }
            return new ExportedBatch(array, schema);
        } catch (RuntimeException e) {
            closeQuietly(array, e);
            if (schema != null) {
                closeQuietly(schema, e);
            }
            throw e;
        }
    }

    /** A view of the exported array struct, to hand to a consumer; valid until {@link #close()}. */
    public ArrowArray array() {
        return array.view();
    }

    /** A view of the exported schema struct, or null if exported without a schema. */
    public ArrowSchema schema() {
        return schema == null ? null : schema.view();
    }

    /** True while no consumer has taken (moved or released) the exported array. */
    public boolean isArrayLive() {
        return array.isLive();
    }

    /** True while the schema was exported and no consumer has released it. */
    public boolean isSchemaLive() {
        return schema != null && schema.isLive();
    }

    @Override
    public void close() {
        try {
            array.close();
        } finally {
            if (schema != null) {
                schema.close();
            }
        }
    }

    private static void closeQuietly(AutoCloseable struct, RuntimeException cause) {
        try {
            struct.close();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }
}
