package dev.tpchbench.cdata;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Moves one batch per call across the C Data Interface, export and import, cycling through a ring of
 * source batches as one stream, and keeps the latest import of every slot so that it can be checked
 * after the timed calls. Each call closes the slot's previous import, so every call does the same
 * work: export, import, row check, release.
 */
public final class HopRing implements AutoCloseable {
    private final BufferAllocator producer;
    private final BufferAllocator consumer;
    private final List<VectorSchemaRoot> batches;
    private final Hop hop;
    private final BatchImporter importer;
    private final VectorSchemaRoot[] latest;
    private int next;

    /** Fills every slot once (not part of any timed call): the first of them carries the stream's schema. */
    public HopRing(BufferAllocator producer, BufferAllocator consumer, List<VectorSchemaRoot> batches, Hop hop) {
        if (batches.isEmpty()) {
            throw new IllegalArgumentException("a ring needs at least one batch");
        }
        this.producer = producer;
        this.consumer = consumer;
        this.batches = List.copyOf(batches);
        this.hop = hop;
        this.importer = hop.newImporter();
        this.latest = new VectorSchemaRoot[batches.size()];
        try {
            for (int slot = 0; slot < latest.length; slot++) {
                latest[slot] = transfer(batches.get(slot), slot == 0);
            }
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    /**
     * Exports the next batch and imports it into its slot, closing the slot's previous import.
     *
     * @throws ImportRing.RowCountMismatch if the import does not hold the rows of its source batch
     */
    public VectorSchemaRoot hopNext() {
        int slot = next;
        next = (next + 1) % latest.length;
        VectorSchemaRoot imported = transfer(batches.get(slot), false);
        latest[slot].close();
        latest[slot] = imported;
        int expected = batches.get(slot).getRowCount();
        if (imported.getRowCount() != expected) {
            throw new ImportRing.RowCountMismatch(slot, expected, imported.getRowCount());
        }
        return imported;
    }

    private VectorSchemaRoot transfer(VectorSchemaRoot batch, boolean firstOfStream) {
        try (ExportedBatch export = hop.export(producer, batch, firstOfStream)) {
            return importer.importBatch(export.array(), export.schema(), consumer);
        }
    }

    /** The latest import of every slot, in ring order; still owned by the ring. */
    public List<VectorSchemaRoot> latestImports() {
        return new ArrayList<>(List.of(latest));
    }

    @Override
    public void close() {
        for (int slot = 0; slot < latest.length; slot++) {
            if (latest[slot] != null) {
                latest[slot].close();
                latest[slot] = null;
            }
        }
    }
}
