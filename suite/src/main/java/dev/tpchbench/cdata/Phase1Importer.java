package dev.tpchbench.cdata;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.c.CDataDictionaryProvider;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * NEGATIVE CONTROL, never a real importer. A faithful reproduction of the team's Phase 1 defect:
 * the schema is imported correctly, but the data is dropped, so every batch comes back with the
 * right columns and ZERO rows. The array is released, so nothing leaks, and nothing fails:
 * exactly the silent data loss that let Phase 1 report a 38% "speedup" on empty datasets.
 *
 * <p>It exists so the suite can prove that its integrity checks catch that defect: a run with
 * this importer must be rejected by the row-count/digest checks, never reported as a result.
 */
final class Phase1Importer implements BatchImporter {
    private final StreamSchema schemas = new StreamSchema();

    @Override
    public String name() {
        return Importer.PHASE_1.name();
    }

    @Override
    public VectorSchemaRoot importBatch(ArrowArray array, ArrowSchema schemaStruct, BufferAllocator allocator) {
        try (MovedInput input = MovedInput.take(array, schemaStruct, allocator)) {
            Schema schema = schemas.resolve(input.schema(), struct -> importSchema(struct, allocator));
            // The defect: the array's data is never read; closing the input only releases it.
            VectorSchemaRoot empty = VectorSchemaRoot.create(schema, allocator);
            empty.setRowCount(0);
            return empty;
        }
    }

    private static Schema importSchema(ArrowSchema struct, BufferAllocator allocator) {
        try (CDataDictionaryProvider dictionaries = new CDataDictionaryProvider()) {
            return Data.importSchema(allocator, struct, dictionaries);
        }
    }
}
