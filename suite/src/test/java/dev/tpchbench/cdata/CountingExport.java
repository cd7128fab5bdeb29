package dev.tpchbench.cdata;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.c.jni.JniWrapper;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A real export of a batch, handed out through a struct of our own whose release callback counts its
 * calls and then releases the export: a test can see when, and how often, a consumer released the
 * batch. The struct carries the export's fields (same buffers and children); its callback is Arrow's
 * JNI one, which releases the children first and then calls our Java code.
 */
final class CountingExport implements AutoCloseable {
    private final ExportedBatch export;
    private final OwnedStruct<ArrowArray> counted;
    private final AtomicInteger releases = new AtomicInteger();

    CountingExport(BufferAllocator allocator, VectorSchemaRoot root) {
        export = ExportedBatch.export(allocator, root, true);
        counted = OwnedStruct.array(allocator);
        counted.view().save(export.array().snapshot());
        ArrowArray real = export.array();
        JniWrapper.get().exportArray(counted.view().memoryAddress(), () -> {
            releases.incrementAndGet();
            real.release();
        });
    }

    ArrowArray array() {
        return counted.view();
    }

    ArrowSchema schema() {
        return export.schema();
    }

    /** How often the consumer's release callback ran. */
    int releases() {
        return releases.get();
    }

    /** True while the export behind the counted struct has not been released. */
    boolean isExportLive() {
        return export.isArrayLive();
    }

    @Override
    public void close() {
        try {
            counted.close();
        } finally {
            export.close();
        }
    }
}
