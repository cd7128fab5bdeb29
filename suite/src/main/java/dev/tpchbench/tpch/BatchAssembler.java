package dev.tpchbench.tpch;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FixedWidthVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.arrow.vector.util.VectorBatchAppender;

/**
 * Turns the pieces written by the parts, given one at a time in row order and none crossing a multiple
 * of {@code batchRows}, into batches of exactly {@code batchRows} rows (the last may be shorter): a piece
 * that is already a whole batch is kept; pieces that share a batch are copied into one. Incremental, so
 * a stream holds at most one batch's worth of pieces here.
 */
final class BatchAssembler implements AutoCloseable {
    private final Schema schema;
    private final int batchRows;
    private final BufferAllocator allocator;
    private final List<VectorSchemaRoot> group = new ArrayList<>();
    private long groupRows;

    BatchAssembler(Schema schema, int batchRows, BufferAllocator allocator) {
        this.schema = schema;
        this.batchRows = batchRows;
        this.allocator = allocator;
    }

    /**
     * Takes ownership of {@code piece}; returns the batch it completes (the caller owns it), or null
     * while the batch still needs more pieces.
     */
    VectorSchemaRoot add(VectorSchemaRoot piece) {
        group.add(piece);
        groupRows += piece.getRowCount();
        if (groupRows > batchRows) {
            throw new IllegalStateException("pieces cross a batch boundary: " + groupRows + " rows");
        }
        return groupRows == batchRows ? emit() : null;
    }

    /** The last, shorter batch once no piece follows, or null if nothing is pending. */
    VectorSchemaRoot finish() {
        return group.isEmpty() ? null : emit();
    }

    private VectorSchemaRoot emit() {
        List<VectorSchemaRoot> pieces = new ArrayList<>(group);
        group.clear();
        groupRows = 0;
        if (pieces.size() == 1) {
            return pieces.get(0);
        }
        try {
            return concatenate(pieces);
        } finally {
            pieces.forEach(VectorSchemaRoot::close);
        }
    }

    private VectorSchemaRoot concatenate(List<VectorSchemaRoot> pieces) {
        VectorSchemaRoot batch = VectorSchemaRoot.create(schema, allocator);
        try {
            // Sized exactly, so the appender never grows them: a default allocation holds 3,970 rows and
            // growing doubles, either of which would make a joined batch far larger than a built one.
            allocateExactly(batch, pieces);
            int rows = 0;
            for (VectorSchemaRoot piece : pieces) {
                for (int c = 0; c < schema.getFields().size(); c++) {
                    VectorBatchAppender.batchAppend(batch.getVector(c), piece.getVector(c));
                }
                rows += piece.getRowCount();
            }
            batch.setRowCount(rows);
            return batch;
        } catch (RuntimeException | Error e) {
            batch.close();
            throw e;
        }
    }

    private static void allocateExactly(VectorSchemaRoot batch, List<VectorSchemaRoot> pieces) {
        for (int c = 0; c < batch.getFieldVectors().size(); c++) {
            int rows = 0;
            long bytes = 0;
            for (VectorSchemaRoot piece : pieces) {
                FieldVector vector = piece.getVector(c);
                rows += vector.getValueCount();
                if (vector instanceof BaseVariableWidthVector && vector.getValueCount() > 0) {
                    bytes += ((BaseVariableWidthVector) vector).getEndOffset(vector.getValueCount() - 1);
                }
            }
            FieldVector target = batch.getVector(c);
            if (target instanceof BaseVariableWidthVector) {
                ((BaseVariableWidthVector) target).allocateNew(bytes, rows);
            } else {
                ((FixedWidthVector) target).allocateNew(rows);
            }
        }
    }

    /** Closes the pieces of a batch that was never completed (a stream closed early or failed). */
    @Override
    public void close() {
        group.forEach(VectorSchemaRoot::close);
        group.clear();
        groupRows = 0;
    }
}
