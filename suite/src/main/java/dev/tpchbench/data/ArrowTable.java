package dev.tpchbench.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A table held in memory as a list of Arrow record batches that share one schema.
 * Owns its batches: {@link #close()} releases every buffer.
 */
public final class ArrowTable implements AutoCloseable {
    private final Schema schema;
    private final List<VectorSchemaRoot> batches;
    private final long rowCount;

    public ArrowTable(Schema schema, List<VectorSchemaRoot> batches) {
        this.schema = schema;
        this.batches = Collections.unmodifiableList(new ArrayList<>(batches));
        long rows = 0;
        for (VectorSchemaRoot batch : batches) {
            if (!batch.getSchema().equals(schema)) {
                throw new IllegalArgumentException("batch schema " + batch.getSchema() + " differs from " + schema);
            }
            rows += batch.getRowCount();
        }
        this.rowCount = rows;
    }

    public Schema schema() {
        return schema;
    }

    public List<VectorSchemaRoot> batches() {
        return batches;
    }

    public int batchCount() {
        return batches.size();
    }

    public long rowCount() {
        return rowCount;
    }

    /** Bytes held in Arrow buffers (data, offsets, validity) over all batches. */
    public long bufferBytes() {
        long bytes = 0;
        for (VectorSchemaRoot batch : batches) {
            for (var vector : batch.getFieldVectors()) {
                bytes += vector.getBufferSize();
            }
        }
        return bytes;
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (VectorSchemaRoot batch : batches) {
            try {
                batch.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
