package dev.tpchbench.cdata;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Imports one batch per call from exports made in advance, cycling through a ring of source
 * batches, and keeps the latest import of every slot so that it can be checked after the timed
 * calls. Each call imports one export and closes the slot's previous import, so every call does
 * the same work: import plus release.
 *
 * <p>An import consumes its export, so the exports for a run of calls are made in advance by
 * {@link #prepare(int)}, outside the timed calls; the ring's slots are filled there too.
 */
public final class ImportRing implements AutoCloseable {
    private final BufferAllocator producer;
    private final BufferAllocator consumer;
    private final List<VectorSchemaRoot> batches;
    private final BatchImporter importer;
    private final VectorSchemaRoot[] latest;
    private final List<ExportedBatch> exports = new ArrayList<>();
    private int nextExport;
    private int nextSlot;

    public ImportRing(BufferAllocator producer, BufferAllocator consumer, List<VectorSchemaRoot> batches,
            BatchImporter importer) {
        if (batches.isEmpty()) {
            throw new IllegalArgumentException("a ring needs at least one batch");
        }
        this.producer = producer;
        this.consumer = consumer;
        this.batches = List.copyOf(batches);
        this.importer = importer;
        this.latest = new VectorSchemaRoot[batches.size()];
    }

    /**
     * Releases what the previous run of calls left, fills every slot with a fresh import, and exports
     * the batches for the next {@code calls} imports, in ring order.
     */
    public void prepare(int calls) {
        releaseAll();
        for (int slot = 0; slot < latest.length; slot++) {
            try (ExportedBatch export = ExportedBatch.export(producer, batches.get(slot), true)) {
                latest[slot] = importer.importBatch(export.array(), export.schema(), consumer);
            }
        }
        for (int i = 0; i < calls; i++) {
            exports.add(ExportedBatch.export(producer, batches.get(i % batches.size()), true));
        }
        nextExport = 0;
        nextSlot = 0;
    }

    /**
     * Imports the next prepared export into its slot, closing the slot's previous import.
     *
     * @throws IllegalStateException if more calls are made than were prepared
     * @throws RowCountMismatch if the import does not hold the rows of its source batch
     */
    public VectorSchemaRoot importNext() {
        if (nextExport == exports.size()) {
            throw new IllegalStateException("only " + exports.size() + " imports were prepared");
        }
        ExportedBatch export = exports.get(nextExport++);
        int slot = nextSlot;
        nextSlot = (nextSlot + 1) % latest.length;
        VectorSchemaRoot imported = importer.importBatch(export.array(), export.schema(), consumer);
        latest[slot].close();
        latest[slot] = imported;
        int expected = batches.get(slot).getRowCount();
        if (imported.getRowCount() != expected) {
            throw new RowCountMismatch(slot, expected, imported.getRowCount());
        }
        return imported;
    }

    /** The latest import of every slot, in ring order; still owned by the ring. */
    public List<VectorSchemaRoot> latestImports() {
        return new ArrayList<>(List.of(latest));
    }

    /** Closes every import and every export (used or not); the ring can be prepared again. */
    public void releaseAll() {
        for (int slot = 0; slot < latest.length; slot++) {
            if (latest[slot] != null) {
                latest[slot].close();
                latest[slot] = null;
            }
        }
        exports.forEach(ExportedBatch::close);
        exports.clear();
    }

    @Override
    public void close() {
        releaseAll();
    }

    /** The cheap check of every call: an import must hold as many rows as the batch it came from. */
    public static final class RowCountMismatch extends IllegalStateException {
        public RowCountMismatch(int slot, int expected, int actual) {
            super(String.format(java.util.Locale.ROOT, "rows: expected %,d, actual %,d (import of ring slot %d)",
                    expected, actual, slot));
        }
    }
}
