package dev.tpchbench.fault;

import java.util.List;
import java.util.stream.IntStream;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Deep copies of source batches. A fault changes a copy, never the source: the source and its
 * digest are the trial's reference for every iteration.
 */
final class BatchCopies {
    private BatchCopies() {
    }

    /** Every column of {@code batch}, copied into buffers of {@code allocator}. */
    static VectorSchemaRoot copy(VectorSchemaRoot batch, BufferAllocator allocator) {
        return copy(batch, batch.getSchema(), allColumns(batch), allocator);
    }

    /**
     * The columns at {@code sourceColumns} of {@code batch}, in that order, under {@code schema}
     * (which may name them differently but must give them the same types).
     */
    static VectorSchemaRoot copy(VectorSchemaRoot batch, Schema schema, List<Integer> sourceColumns,
            BufferAllocator allocator) {
        VectorSchemaRoot copy = VectorSchemaRoot.create(schema, allocator);
        copy.allocateNew();
        int rows = batch.getRowCount();
        for (int c = 0; c < sourceColumns.size(); c++) {
            FieldVector from = batch.getVector(sourceColumns.get(c));
            FieldVector to = copy.getVector(c);
            for (int row = 0; row < rows; row++) {
                to.copyFromSafe(row, row, from);
            }
            to.setValueCount(rows);
        }
        copy.setRowCount(rows);
        return copy;
    }

    static List<Integer> allColumns(VectorSchemaRoot batch) {
        return IntStream.range(0, batch.getFieldVectors().size()).boxed().toList();
    }
}
