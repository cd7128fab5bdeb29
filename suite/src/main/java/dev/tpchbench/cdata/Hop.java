package dev.tpchbench.cdata;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

import dev.tpchbench.results.EnumNames;

/** The ways one batch can cross the C Data Interface from a Java producer to a Java consumer: export, then import. */
public enum Hop {
    /** Arrow Java's exporter and importer, the schema with every batch: a per-batch FFI call with the library. */
    LIBRARY(Importer.LIBRARY),
    /**
     * The Phase 3 hop: nothing per row on either side. The {@link ConstantCostExporter} (no null counts), the
     * schema with the stream's first batch only, and the {@link Importer#ZERO_COPY} import.
     */
    PHASE_3(Importer.ZERO_COPY);

    private final Importer importer;

    Hop(Importer importer) {
        this.importer = importer;
    }

    /** A new importer for one stream of batches. */
    BatchImporter newImporter() {
        return importer.create();
    }

    /** Exports {@code batch}; {@code firstOfStream} says whether the stream has sent its schema yet. */
    ExportedBatch export(BufferAllocator allocator, VectorSchemaRoot batch, boolean firstOfStream) {
        return this == LIBRARY
                ? ExportedBatch.export(allocator, batch, true)
                : ExportedBatch.exportUncounted(allocator, batch, firstOfStream);
    }

    public static Hop parse(String name) {
        return EnumNames.parse(Hop.class, "hop", name);
    }
}
