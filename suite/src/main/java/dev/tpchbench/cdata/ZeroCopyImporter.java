package dev.tpchbench.cdata;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.util.AutoCloseables;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A zero-copy import whose cost per batch does not grow with the rows: each producer buffer is wrapped
 * where it lies ({@code wrapForeignAllocation}, accounted to the consumer's allocator) and handed to a
 * vector created from the stream's schema. What it leaves out of Arrow Java 18.3's own import
 * ({@link LibraryImporter}), and why that is safe:
 * <ul>
 *   <li>the intermediate struct vector and its unloading, which recount the nulls of every column
 *       ({@code BitVectorHelper.getNullCount}, a scan of every bitmap: 68 % of a 1,048,576-row import):
 *       the C struct's null count is passed on, and with a bitmap present Arrow keeps the bitmap whatever
 *       the count says, so nothing ever needs the exact count;
 *   <li>importing the schema again with every batch (a third of a 1,024-row import): the schema is read
 *       once per stream; a later batch's schema struct is only compared, byte for byte, with the first
 *       one's, and a batch whose schema differs is refused (LIBRARY and HAND_WRITTEN would switch to it).
 * </ul>
 * The producer's release callback runs once, when the import and the last of its buffers are done
 * ({@link SharedProducerArray}). Like {@link LibraryImporter} it refuses arrays with an offset (it does
 * not slice), and like {@link HandWrittenImporter} it reads only the types of the TPC-H schema
 * ({@link FormatString#SUPPORTED}). The one cost left that follows the rows: a column that comes
 * without a validity bitmap gets Arrow's fresh all-valid one (Arrow Java's exporter always sends one).
 */
final class ZeroCopyImporter implements BatchImporter {
    private final StreamSchema schemas = new StreamSchema();
    private final SchemaStructBytes seen = new SchemaStructBytes();
    private SchemaStructBytes first;
    private Schema schema;

    @Override
    public String name() {
        return Importer.ZERO_COPY.name();
    }

    @Override
    public VectorSchemaRoot importBatch(ArrowArray array, ArrowSchema schemaStruct, BufferAllocator allocator) {
        Schema batchSchema;
        ArrayStruct batch;
        SharedProducerArray producer;
        try (MovedInput input = MovedInput.take(array, schemaStruct, allocator)) {
            batchSchema = schemas.resolve(input.schema(), this::readOnce);
            batch = ArrayStruct.of(input.array());
            batch.requireRecordBatchOf(batchSchema);
            if (batch.offset() != 0) {
                throw new UnsupportedOperationException("record batch has offset " + batch.offset()
                        + ": the zero-copy importer hands buffers over from their start, so it refuses offsets");
            }
            producer = new SharedProducerArray(input.takeArray());
        }
        try {
            return load(batchSchema, batch, producer, allocator);
        } finally {
            producer.release(); // the import's own hold: from here on only the buffers keep the array
        }
    }

    private static VectorSchemaRoot load(Schema schema, ArrayStruct batch, SharedProducerArray producer,
            BufferAllocator allocator) {
        int rows = Math.toIntExact(batch.length());
        List<Field> fields = schema.getFields();
        List<FieldVector> columns = new ArrayList<>(fields.size());
        try {
            for (int c = 0; c < fields.size(); c++) {
                FieldVector column = fields.get(c).createVector(allocator);
                columns.add(column);
                ZeroCopyColumn.load(batch.child(c), rows, column, producer, allocator);
            }
            return new VectorSchemaRoot(schema, columns, rows);
        } catch (RuntimeException | Error e) {
            AutoCloseables.close(e, columns);
            throw e;
        }
    }

    /** The first schema struct is read; later ones must describe the same schema. */
    private Schema readOnce(ArrowSchema struct) {
        if (first == null) {
            Schema read = SchemaStructReader.read(struct);
            first = seen.read(struct).copy();
            schema = read;
            return read;
        }
        if (!seen.read(struct).sameAs(first)) {
            throw new IllegalArgumentException("the batch's schema differs from the stream's first one: "
                    + describe(struct) + " instead of " + schema
                    + "; the zero-copy importer reads the schema once per stream");
        }
        return schema;
    }

    private static String describe(ArrowSchema struct) {
        try {
            return SchemaStructReader.read(struct).toString();
        } catch (RuntimeException e) {
            return "a schema it cannot read (" + e.getMessage() + ")";
        }
    }
}
