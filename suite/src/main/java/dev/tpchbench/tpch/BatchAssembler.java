package dev.tpchbench.tpch;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.arrow.vector.util.VectorBatchAppender;

/**
 * Turns the pieces written by the parts, in row order and none crossing a multiple of
 * {@code batchRows}, into batches of exactly {@code batchRows} rows (the last may be shorter):
 * a piece that is already a whole batch is kept; pieces that share a batch are copied into one.
 */
final class BatchAssembler {
    private BatchAssembler() {
    }

    /** Takes ownership of {@code pieces}: each ends up in the result or closed. */
    static List<VectorSchemaRoot> assemble(Schema schema, List<VectorSchemaRoot> pieces, int batchRows,
            BufferAllocator allocator) {
        List<VectorSchemaRoot> batches = new ArrayList<>();
        List<VectorSchemaRoot> group = new ArrayList<>();
        int next = 0;
        try {
            while (next < pieces.size()) {
                long groupRows = 0;
                while (next < pieces.size() && groupRows < batchRows) {
                    VectorSchemaRoot piece = pieces.get(next++);
                    group.add(piece);
                    groupRows += piece.getRowCount();
                }
                if (groupRows > batchRows) {
                    throw new IllegalStateException("pieces cross a batch boundary: " + groupRows + " rows");
                }
                if (group.size() == 1) {
                    batches.add(group.get(0));
                } else {
                    batches.add(concatenate(schema, group, allocator));
                    group.forEach(VectorSchemaRoot::close);
                }
                group.clear();
            }
            return batches;
        } catch (RuntimeException | Error e) {
            batches.forEach(VectorSchemaRoot::close);
            group.forEach(VectorSchemaRoot::close);
            pieces.subList(next, pieces.size()).forEach(VectorSchemaRoot::close);
            throw e;
        }
    }

    private static VectorSchemaRoot concatenate(Schema schema, List<VectorSchemaRoot> group, BufferAllocator allocator) {
        VectorSchemaRoot batch = VectorSchemaRoot.create(schema, allocator);
        try {
            // The appender grows the vectors; they only need buffers to start from.
            batch.allocateNew();
            int rows = 0;
            for (VectorSchemaRoot piece : group) {
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
}
