package dev.tpchbench.cdata;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.util.AutoCloseables;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The import the team's "Phase 1.5" wrote by hand: reads the C structs as the C Data Interface
 * spec describes them (not through Arrow's importer) and copies the values into new vectors
 * allocated from the consumer's allocator, then releases the producer's array. Honours
 * {@code offset} and {@code length} at every level. Reads only the types the TPC-H schema uses
 * (see {@link FormatString#SUPPORTED}); anything else fails with a message naming the format.
 */
final class HandWrittenImporter implements BatchImporter {
    private final StreamSchema schemas = new StreamSchema();

    @Override
    public String name() {
        return Importer.HAND_WRITTEN.name();
    }

    @Override
    public VectorSchemaRoot importBatch(ArrowArray array, ArrowSchema schemaStruct, BufferAllocator allocator) {
        try (MovedInput input = MovedInput.take(array, schemaStruct, allocator)) {
            Schema schema = schemas.resolve(input.schema(), SchemaStructReader::read);
            ArrayStruct batch = ArrayStruct.of(input.array());
            batch.requireRecordBatchOf(schema);
            int rows = Math.toIntExact(batch.length());
            List<FieldVector> columns = new ArrayList<>();
            try {
                for (int c = 0; c < batch.childCount(); c++) {
                    FieldVector column = schema.getFields().get(c).createVector(allocator);
                    columns.add(column);
                    ColumnCopy.copy(batch.child(c), batch.offset(), rows, column);
                }
                return new VectorSchemaRoot(schema, columns, rows);
            } catch (RuntimeException e) {
                AutoCloseables.close(e, columns);
                throw e;
            }
        }
    }
}
