package dev.tpchbench.write;

import java.io.IOException;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

import dev.tpchbench.data.ArrowTable;

/**
 * Replays a table's batches as an {@link ArrowReader}, so that they can be handed to native code as one
 * C Data {@code ArrowArrayStream} ({@code Data.exportArrayStream}).
 *
 * <p>Values are not copied: each batch is unloaded and loaded into this reader's root, which then
 * references the table's buffers. (Arrow's loader does allocate a fresh all-ones validity bitmap,
 * rows/8 bytes, for vectors without nulls.) {@code allocator} must share its root allocator with the
 * table's. The table stays owned by the caller and can be replayed again with a new reader.
 */
public final class InMemoryArrowReader extends ArrowReader {
    private final Schema schema;
    private final List<VectorSchemaRoot> batches;
    private int nextBatch;
    private long rowsDelivered;

    public InMemoryArrowReader(ArrowTable table, BufferAllocator allocator) {
        this(table, table.schema(), allocator);
    }

    /**
     * Reports {@code schema} instead of the table's: the same fields (names, types, nullability) with other
     * metadata, such as the encoding keys a consumer reads from the stream's schema. The buffers are the table's.
     */
    public InMemoryArrowReader(ArrowTable table, Schema schema, BufferAllocator allocator) {
        this(table, schema, 0, table.batchCount(), allocator);
    }

    /**
     * Replays only the table's batches {@code fromBatch} (inclusive) to {@code toBatch} (exclusive), reporting
     * {@code schema} as above: one contiguous part of the table, for writers that write parts side by side.
     */
    public InMemoryArrowReader(ArrowTable table, Schema schema, int fromBatch, int toBatch, BufferAllocator allocator) {
        super(allocator);
        if (!sameFields(table.schema(), schema)) {
            throw new IllegalArgumentException("the reported schema may differ from the table's only in metadata; "
                    + "table: " + table.schema() + ", reported: " + schema);
        }
        if (fromBatch < 0 || fromBatch > toBatch || toBatch > table.batchCount()) {
            throw new IndexOutOfBoundsException("batches " + fromBatch + " to " + toBatch + " of a table of "
                    + table.batchCount());
        }
        this.schema = schema;
        this.batches = table.batches().subList(fromBatch, toBatch);
    }

    private static boolean sameFields(Schema table, Schema reported) {
        List<Field> a = table.getFields();
        List<Field> b = reported.getFields();
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Field x = a.get(i);
            Field y = b.get(i);
            if (!x.getName().equals(y.getName()) || !x.getType().equals(y.getType())
                    || x.isNullable() != y.isNullable() || !sameFields(new Schema(x.getChildren()), new Schema(y.getChildren()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean loadNextBatch() throws IOException {
        if (nextBatch >= batches.size()) {
            return false;
        }
        // getVectorSchemaRoot() creates the root on first use; loadRecordBatch closes the unloaded batch.
        getVectorSchemaRoot();
        loadRecordBatch(new VectorUnloader(batches.get(nextBatch++)).getRecordBatch());
        rowsDelivered += getVectorSchemaRoot().getRowCount();
        return true;
    }

    /** Rows handed out so far: what a consumer of this reader has pulled, not what it wrote. */
    public long rowsDelivered() {
        return rowsDelivered;
    }

    @Override
    public long bytesRead() {
        return 0; // nothing is read from a byte source
    }

    @Override
    protected void closeReadSource() {
        // the batches belong to the table
    }

    @Override
    protected Schema readSchema() {
        return schema;
    }
}
