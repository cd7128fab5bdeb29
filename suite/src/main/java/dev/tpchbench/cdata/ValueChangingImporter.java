package dev.tpchbench.cdata;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * NEGATIVE CONTROL, never a real importer: the hand-written copy, then one bit of the first
 * column's last value flipped in every batch. Right schema, right row count, wrong data: only a
 * content check can catch it, and the per-batch benchmarks' digest must.
 */
final class ValueChangingImporter implements BatchImporter {
    private final HandWrittenImporter copy = new HandWrittenImporter();

    @Override
    public String name() {
        return Importer.ONE_VALUE_CHANGED.name();
    }

    @Override
    public VectorSchemaRoot importBatch(ArrowArray array, ArrowSchema schema, BufferAllocator allocator) {
        VectorSchemaRoot root = copy.importBatch(array, schema, allocator);
        FieldVector first = root.getVector(0);
        if (root.getRowCount() > 0 && first instanceof BaseFixedWidthVector) {
            long offset = (long) (root.getRowCount() - 1) * ((BaseFixedWidthVector) first).getTypeWidth();
            first.getDataBuffer().setByte(offset, first.getDataBuffer().getByte(offset) ^ 1);
        }
        return root;
    }
}
