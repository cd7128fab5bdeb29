package dev.tpchbench.cdata;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Exports one batch per call, cycling through a ring of source batches, and keeps the latest export
 * of every slot so that it can be checked after the timed calls. Each call releases the slot's
 * previous export and makes a new one, so every call does the same work: export plus release.
 */
public final class ExportRing implements AutoCloseable {
    private final BufferAllocator allocator;
    private final List<VectorSchemaRoot> batches;
    private final ExportedBatch[] latest;
    private int next;

    /** Fills every slot once (not part of any timed call), so that the first lap also releases. */
    public ExportRing(BufferAllocator allocator, List<VectorSchemaRoot> batches) {
        if (batches.isEmpty()) {
            throw new IllegalArgumentException("a ring needs at least one batch");
        }
        this.allocator = allocator;
        this.batches = List.copyOf(batches);
        this.latest = new ExportedBatch[batches.size()];
        for (int slot = 0; slot < latest.length; slot++) {
            latest[slot] = ExportedBatch.export(allocator, batches.get(slot), true);
        }
    }

    /** Releases the next slot's previous export and exports its batch again (array and schema). */
    public ExportedBatch exportNext() {
        int slot = next;
        next = (next + 1) % latest.length;
        latest[slot].close();
        latest[slot] = ExportedBatch.export(allocator, batches.get(slot), true);
        return latest[slot];
    }

    /** The latest export of every slot, in ring order; still owned by the ring. */
    public List<ExportedBatch> latestExports() {
        return new ArrayList<>(List.of(latest));
    }

    @Override
    public void close() {
        for (ExportedBatch export : latest) {
            export.close();
        }
    }
}
