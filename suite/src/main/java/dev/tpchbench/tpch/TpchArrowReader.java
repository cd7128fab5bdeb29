package dev.tpchbench.tpch;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A {@link TpchBatchStream} as an Arrow {@link ArrowReader}, so that a generated table can be handed to
 * native code as one C Data {@code ArrowArrayStream} ({@code Data.exportArrayStream}, then Lance's
 * {@code Dataset.write}) or to a writer batch by batch, without ever being held whole.
 *
 * <p>Each batch's buffers are moved (transferred, not copied) into the reader's root, and the emptied
 * batch is closed, so the reader holds one batch; an export of the root keeps its own references to the
 * buffers, so refilling the root does not disturb a batch a consumer still holds. Owns the stream.
 */
public final class TpchArrowReader extends ArrowReader {
    private final TpchBatchStream stream;

    TpchArrowReader(TpchBatchStream stream) {
        super(stream.allocator());
        this.stream = stream;
    }

    @Override
    public boolean loadNextBatch() {
        VectorSchemaRoot root = getRoot();
        try (VectorSchemaRoot batch = stream.next()) {
            if (batch == null) {
                return false;
            }
            for (int c = 0; c < batch.getFieldVectors().size(); c++) {
                batch.getVector(c).makeTransferPair(root.getVector(c)).transfer();
            }
            root.setRowCount(batch.getRowCount());
            return true;
        }
    }

    /** The root, created on first use from the schema (ArrowReader's own getter declares IOException). */
    private VectorSchemaRoot getRoot() {
        try {
            return getVectorSchemaRoot();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the reader's root", e);
        }
    }

    @Override
    public long bytesRead() {
        return 0; // generated, not read from a byte source
    }

    @Override
    protected void closeReadSource() {
        stream.close();
    }

    @Override
    protected Schema readSchema() {
        return stream.schema();
    }
}
