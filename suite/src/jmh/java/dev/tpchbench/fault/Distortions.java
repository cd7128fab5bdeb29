package dev.tpchbench.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

import dev.tpchbench.data.ArrowTable;

/** The table-level faults: each returns copies of the source's batches with one thing wrong. */
final class Distortions {
    private Distortions() {
    }

    /** The right schema and no rows: what the team's Phase 1 wrote. */
    static ArrowTable empty(ArrowTable source, BufferAllocator allocator) {
        return new ArrowTable(source.schema(), List.of());
    }

    /** The last batch never arrives. */
    static ArrowTable truncated(ArrowTable source, BufferAllocator allocator) {
        requireBatches(source, 2);
        return copyBatches(source, IntStream.range(0, source.batchCount() - 1).boxed().toList(), allocator);
    }

    /** The first batch is written twice. */
    static ArrowTable batchTwice(ArrowTable source, BufferAllocator allocator) {
        List<Integer> order = new ArrayList<>();
        order.add(0);
        IntStream.range(0, source.batchCount()).forEach(order::add);
        return copyBatches(source, order, allocator);
    }

    /** The first two batches swap places: same rows, same count, another order. */
    static ArrowTable rowsReordered(ArrowTable source, BufferAllocator allocator) {
        requireBatches(source, 2);
        List<Integer> order = new ArrayList<>(IntStream.range(0, source.batchCount()).boxed().toList());
        order.set(0, 1);
        order.set(1, 0);
        return copyBatches(source, order, allocator);
    }

    /**
     * One bit of one value flipped: row 0 of the last batch, in the first fixed-width column
     * (a key column in every TPC-H table, so the value really changes).
     */
    static ArrowTable oneValueChanged(ArrowTable source, BufferAllocator allocator) {
        ArrowTable copy = copyBatches(source, IntStream.range(0, source.batchCount()).boxed().toList(), allocator);
        VectorSchemaRoot last = copy.batches().get(copy.batchCount() - 1);
        BaseFixedWidthVector column = last.getFieldVectors().stream()
                .filter(v -> v instanceof BaseFixedWidthVector && ((BaseFixedWidthVector) v).getTypeWidth() > 0)
                .map(BaseFixedWidthVector.class::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fixed-width column to change"));
        ArrowBuf data = column.getDataBuffer();
        data.setByte(0, data.getByte(0) ^ 1);
        return copy;
    }

    /** The last column is missing. */
    static ArrowTable columnDropped(ArrowTable source, BufferAllocator allocator) {
        List<Field> fields = source.schema().getFields();
        List<Integer> kept = IntStream.range(0, fields.size() - 1).boxed().toList();
        return copyColumns(source, new Schema(fields.subList(0, fields.size() - 1)), kept, allocator);
    }

    /** The last column has another name; its values are right. */
    static ArrowTable columnRenamed(ArrowTable source, BufferAllocator allocator) {
        List<Field> fields = new ArrayList<>(source.schema().getFields());
        Field last = fields.get(fields.size() - 1);
        fields.set(fields.size() - 1, new Field(last.getName() + "_renamed", last.getFieldType(), last.getChildren()));
        return copyColumns(source, new Schema(fields), IntStream.range(0, fields.size()).boxed().toList(), allocator);
    }

    private static ArrowTable copyBatches(ArrowTable source, List<Integer> batchOrder, BufferAllocator allocator) {
        List<VectorSchemaRoot> copies = batchOrder.stream().map(b -> BatchCopies.copy(source.batches().get(b), allocator))
                .collect(Collectors.toList());
        return new ArrowTable(source.schema(), copies);
    }

    private static ArrowTable copyColumns(ArrowTable source, Schema schema, List<Integer> columns,
            BufferAllocator allocator) {
        List<VectorSchemaRoot> copies = new ArrayList<>();
        for (VectorSchemaRoot batch : source.batches()) {
            copies.add(BatchCopies.copy(batch, schema, columns, allocator));
        }
        return new ArrowTable(schema, copies);
    }

    private static void requireBatches(ArrowTable source, int atLeast) {
        if (source.batchCount() < atLeast) {
            throw new IllegalArgumentException("this fault needs at least " + atLeast + " source batches, got "
                    + source.batchCount() + ": use a smaller batchRows");
        }
    }
}
