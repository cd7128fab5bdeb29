package dev.tpchbench.tpch;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.message.ArrowFieldNode;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Builds batches of a schema without nulls, one after another, writing values straight into exactly
 * sized Arrow buffers. Vectors filled through {@code set} would round fixed-width buffers up to a
 * power of two with validity included (nearly doubling them at 2^n rows), zero them first, and grow
 * text buffers by copying; on this kind of VM every freshly touched page is expensive.
 */
final class BatchBuilder implements AutoCloseable {
    private final Schema schema;
    private final BufferAllocator allocator;
    private final List<ColumnBuilder> columns = new ArrayList<>();
    private int rows;

    BatchBuilder(Schema schema, BufferAllocator allocator) {
        this.schema = schema;
        this.allocator = allocator;
        for (Field field : schema.getFields()) {
            ArrowType type = field.getType();
            columns.add(type instanceof ArrowType.Utf8
                    ? new TextColumn(allocator)
                    : new FixedWidthColumn(allocator, byteWidth(type)));
        }
    }

    /** Bytes per value of the fixed-width types {@link TpchSchemas} uses. */
    private static int byteWidth(ArrowType type) {
        if (type instanceof ArrowType.Int) {
            return ((ArrowType.Int) type).getBitWidth() / Byte.SIZE;
        }
        if (type instanceof ArrowType.Decimal) {
            return ((ArrowType.Decimal) type).getBitWidth() / Byte.SIZE;
        }
        if (type instanceof ArrowType.Date && ((ArrowType.Date) type).getUnit() == DateUnit.DAY) {
            return Integer.BYTES;
        }
        throw new IllegalArgumentException("unsupported column type " + type);
    }

    void start(int batchRows) {
        this.rows = batchRows;
        for (ColumnBuilder column : columns) {
            column.start(batchRows);
        }
    }

    FixedWidthColumn fixedWidth(int column) {
        return (FixedWidthColumn) columns.get(column);
    }

    TextColumn text(int column) {
        return (TextColumn) columns.get(column);
    }

    /** The batch of the rows started, all of them set; the caller owns it. */
    VectorSchemaRoot finish() {
        VectorSchemaRoot batch = VectorSchemaRoot.create(schema, allocator);
        try {
            ArrowFieldNode noNulls = new ArrowFieldNode(rows, 0);
            for (int c = 0; c < columns.size(); c++) {
                List<ArrowBuf> buffers = new ArrayList<>();
                // An empty validity buffer with no nulls: the vector makes an all-valid one itself.
                buffers.add(allocator.getEmpty());
                buffers.addAll(columns.get(c).finish());
                FieldVector vector = batch.getVector(c);
                vector.loadFieldBuffers(noNulls, buffers);
                columns.get(c).close();
            }
            batch.setRowCount(rows);
            return batch;
        } catch (RuntimeException | Error e) {
            batch.close();
            throw e;
        }
    }

    @Override
    public void close() {
        columns.forEach(ColumnBuilder::close);
    }
}
