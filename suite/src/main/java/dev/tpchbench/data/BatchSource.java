package dev.tpchbench.data;

import java.io.IOException;
import java.util.Iterator;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;

/**
 * The batches a writer consumes, one at a time, from a table held in memory or from a stream that is
 * never held whole (issue 11), so each writer has one loop for both. A batch handed out stays valid until
 * the next call; the source keeps owning it.
 */
@FunctionalInterface
public interface BatchSource {
    /** The next batch, or null when there are no more. */
    VectorSchemaRoot next() throws IOException;

    static BatchSource of(ArrowTable table) {
        Iterator<VectorSchemaRoot> batches = table.batches().iterator();
        return () -> batches.hasNext() ? batches.next() : null;
    }

    /** The reader's root after each load; the reader refills it, so a batch is valid until the next call. */
    static BatchSource of(ArrowReader reader) {
        return () -> reader.loadNextBatch() ? reader.getVectorSchemaRoot() : null;
    }
}
