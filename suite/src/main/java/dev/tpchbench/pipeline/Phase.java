package dev.tpchbench.pipeline;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.arrow.memory.BufferAllocator;

import dev.tpchbench.cdata.Importer;
import dev.tpchbench.write.LanceWriteSettings;
import dev.tpchbench.write.ParquetCodec;

/**
 * The paths of the team's plan from Arrow batches to a dataset on disk, each complete, so their
 * builds can be compared on equal terms. Two are negative controls: their outputs are wrong by
 * construction and the gate must reject them; they run only in tests or on request.
 */
public enum Phase {
    /** Before Phase 1: accumulate all batches, write Parquet into the "Lance" folder. Not a Lance dataset. */
    PARQUET_BYPASS(true),
    /** Phase 1: per-batch C Data export, import that drops the rows, Lance write of nothing. */
    PHASE_1(true),
    /** Phase 1.5: per-batch C Data export, hand-written copying import, accumulate, then Lance write. */
    PHASE_1_5(false),
    /** Phase 2: all batches exported as one ArrowArrayStream that Lance consumes: no copy, no accumulation. */
    PHASE_2(false);

    private final boolean negativeControl;

    Phase(boolean negativeControl) {
        this.negativeControl = negativeControl;
    }

    public boolean negativeControl() {
        return negativeControl;
    }

    /** A pipeline of this phase; {@code allocator} holds whatever the pipeline copies or accumulates. */
    public Pipeline create(BufferAllocator allocator, LanceWriteSettings lance) {
        switch (this) {
            case PARQUET_BYPASS:
                return new ParquetBypassPipeline(ParquetCodec.SNAPPY);
            case PHASE_1:
                return new PerBatchImportPipeline(Importer.PHASE_1, allocator, lance);
            case PHASE_1_5:
                return new PerBatchImportPipeline(Importer.HAND_WRITTEN, allocator, lance);
            case PHASE_2:
                return new StreamingPipeline(allocator, lance);
            default:
                throw new AssertionError(this);
        }
    }

    public static Phase parse(String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
        for (Phase phase : values()) {
            if (phase.name().equals(wanted)) {
                return phase;
            }
        }
        throw new IllegalArgumentException("unknown phase '" + name + "'; accepted: "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
