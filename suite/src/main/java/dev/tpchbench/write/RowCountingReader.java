package dev.tpchbench.write;

import java.io.IOException;
import java.util.function.UnaryOperator;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Passes another reader's batches on and counts their rows, so a writer can say how many rows its
 * consumer pulled without reading its output back inside the timed write. Each batch's buffers are
 * transferred (moved, not copied) from the other reader's root into this one's. Owns the other reader.
 */
final class RowCountingReader extends ArrowReader {
    private final ArrowReader batches;
    private final UnaryOperator<Schema> reportedSchema;
    private long rowsDelivered;

    /**
     * {@code allocator} receives the batches and must share its root allocator with {@code batches}'.
     * {@code reportedSchema} turns the other reader's schema into this one's; it may change metadata only.
     */
    RowCountingReader(ArrowReader batches, UnaryOperator<Schema> reportedSchema, BufferAllocator allocator) {
        super(allocator);
        this.batches = batches;
        this.reportedSchema = reportedSchema;
    }

    @Override
    public boolean loadNextBatch() throws IOException {
        if (!batches.loadNextBatch()) {
            return false;
        }
        VectorSchemaRoot from = batches.getVectorSchemaRoot();
        VectorSchemaRoot into = getVectorSchemaRoot();
        for (int c = 0; c < from.getFieldVectors().size(); c++) {
            from.getVector(c).makeTransferPair(into.getVector(c)).transfer();
        }
        into.setRowCount(from.getRowCount());
        rowsDelivered += from.getRowCount();
        return true;
    }

    long rowsDelivered() {
        return rowsDelivered;
    }

    @Override
    public long bytesRead() {
        return batches.bytesRead();
    }

    @Override
    protected void closeReadSource() throws IOException {
        batches.close();
    }

    @Override
    protected Schema readSchema() throws IOException {
        return reportedSchema.apply(batches.getVectorSchemaRoot().getSchema());
    }
}
