package dev.tpchbench.fault;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

import dev.tpchbench.cdata.BatchImporter;

/**
 * A correct import that keeps one reference too many to the first column's data buffer, so that
 * closing the imported batch does not free it: right data, and an allocator that never returns to zero.
 */
final class LeakingImporter implements BatchImporter {
    private final BatchImporter importer;

    LeakingImporter(BatchImporter importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return importer.name() + "+leak";
    }

    @Override
    public VectorSchemaRoot importBatch(ArrowArray array, ArrowSchema schema, BufferAllocator allocator) {
        VectorSchemaRoot batch = importer.importBatch(array, schema, allocator);
        batch.getVector(0).getDataBuffer().getReferenceManager().retain();
        return batch;
    }
}
