package dev.tpchbench.cdata;

import dev.tpchbench.results.EnumNames;

/** The ways the suite can import C Data batches; benchmarks take one as a parameter. */
public enum Importer {
    /** Arrow Java's own zero-copy import. */
    LIBRARY,
    /** A copy written by hand from the C Data Interface spec (the team's "Phase 1.5"). */
    HAND_WRITTEN,
    /**
     * Zero-copy, and nothing per row: wraps the producer's buffers in place, takes the null counts from
     * the C struct instead of recounting every bitmap, and reads the schema once per stream (a later
     * batch's schema struct is compared, and refused if it differs). See {@link ZeroCopyImporter}.
     */
    ZERO_COPY,
    /** Negative control: the Phase 1 defect, right schema and zero rows. */
    PHASE_1,
    /** Negative control: right schema and rows, one value changed in every batch. */
    ONE_VALUE_CHANGED;

    /** A new importer; one instance per stream of batches (see {@link BatchImporter}). */
    public BatchImporter create() {
        switch (this) {
            case LIBRARY:
                return new LibraryImporter();
            case HAND_WRITTEN:
                return new HandWrittenImporter();
            case ZERO_COPY:
                return new ZeroCopyImporter();
            case PHASE_1:
                return new Phase1Importer();
            case ONE_VALUE_CHANGED:
                return new ValueChangingImporter();
            default:
                throw new AssertionError(this);
        }
    }

    /** True for an importer that is wrong on purpose: its output must fail the integrity checks. */
    public boolean negativeControl() {
        return this == PHASE_1 || this == ONE_VALUE_CHANGED;
    }

    /** True for an importer whose cost grows with every value it copies, not only with the batch's buffers. */
    public boolean copiesValues() {
        return this == HAND_WRITTEN;
    }

    /** The importer named {@code name}, ignoring case; '-' may stand for '_'. */
    public static Importer parse(String name) {
        return EnumNames.parse(Importer.class, "importer", name);
    }
}
