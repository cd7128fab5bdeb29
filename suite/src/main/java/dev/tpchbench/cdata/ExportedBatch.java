package dev.tpchbench.cdata;

import java.util.function.BiConsumer;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * One record batch exported over the Arrow C Data Interface: an {@code ArrowArray} and, if asked
 * for, an {@code ArrowSchema}, filled from a {@link VectorSchemaRoot} by Arrow's exporter or by the
 * suite's {@link ConstantCostExporter}.
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
     * Exports {@code root} with Arrow's exporter; the structs and the exporter's bookkeeping come from
     * {@code allocator}. With {@code withSchema} false only the array is exported, as a stream does after its first batch.
     */
    public static ExportedBatch export(BufferAllocator allocator, VectorSchemaRoot root, boolean withSchema) {
        return filled(allocator, withSchema, (array, schema) -> {
            if (schema != null) {
                Data.exportVectorSchemaRoot(allocator, root, null, array, schema);
            } else {
                Data.exportVectorSchemaRoot(allocator, root, null, array);
            }
        });
    }

    /**
     * Exports {@code root} as {@link ConstantCostExporter} does: no null counts, so the cost does not grow
     * with the rows. The schema, if asked for, is Arrow's export of the root's schema: a stream sends it
     * with its first batch only.
     */
    public static ExportedBatch exportUncounted(BufferAllocator allocator, VectorSchemaRoot root, boolean withSchema) {
        return filled(allocator, withSchema, (array, schema) -> {
            ConstantCostExporter.export(allocator, root, array);
            if (schema != null) {
                Data.exportSchema(allocator, root.getSchema(), null, schema);
            }
        });
    }

    /** New structs (a schema one only if asked for) filled by {@code exporter}; freed again if it fails. */
    private static ExportedBatch filled(BufferAllocator allocator, boolean withSchema,
            BiConsumer<ArrowArray, ArrowSchema> exporter) {
        OwnedStruct<ArrowArray> array = OwnedStruct.array(allocator);
        OwnedStruct<ArrowSchema> schema = null;
        try {
            if (withSchema) {
                schema = OwnedStruct.schema(allocator);
            }
            exporter.accept(array.view(), schema == null ? null : schema.view());
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
