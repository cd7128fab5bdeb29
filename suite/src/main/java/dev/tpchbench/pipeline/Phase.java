package dev.tpchbench.pipeline;

import org.apache.arrow.memory.BufferAllocator;

import dev.tpchbench.cdata.Importer;
import dev.tpchbench.cdata.PerBatchTransfer;
import dev.tpchbench.results.EnumNames;
import dev.tpchbench.write.DatasetWriter;
import dev.tpchbench.write.LanceDatasetWriter;
import dev.tpchbench.write.LanceWriteSettings;
import dev.tpchbench.write.ParallelFragmentWriter;
import dev.tpchbench.write.ParquetCodec;
import dev.tpchbench.write.ParquetHadoopWriter;
import dev.tpchbench.write.StringCompression;

/**
 * The paths of the team's plan from Arrow batches to a dataset on disk, each complete and each a
 * {@link DatasetWriter}, so their builds can be compared on equal terms. Two are negative controls:
 * their outputs are wrong by construction and the gate must reject them; they run only in tests or
 * on request.
 */
public enum Phase {
    /**
     * Before Phase 1: accumulate all batches, write Parquet into the "Lance" folder. Not a Lance dataset.
     * (The source batches are already gathered in memory, so the accumulation costs nothing here.)
     */
    PARQUET_BYPASS(true),
    /** Phase 1: per-batch C Data export, import that drops the rows, Lance write of nothing. */
    PHASE_1(true),
    /** Phase 1.5: per-batch C Data export, hand-written copying import, accumulate, then Lance write. */
    PHASE_1_5(false),
    /** Phase 2: all batches exported as one ArrowArrayStream that Lance consumes: no copy, no accumulation. */
    PHASE_2(false),
    /**
     * Phase 3, the fastest verified path found: Phase 2's write with the two choices that paid on their own
     * ({@code LanceWriteChoiceBenchmark}): LZ4 instead of Lance's FSST on the string columns
     * ({@code lance-encoding:compression=lz4} on every Utf8 field; about 10 % more bytes on disk), and the
     * batches' two halves written as fragments by two writers, committed once.
     */
    PHASE_3(false);

    /** Phase 3's fragment writers: two halves of the batches on two threads, one commit (2 cores here). */
    public static final int PHASE_3_WRITERS = 2;

    private final boolean negativeControl;

    Phase(boolean negativeControl) {
        this.negativeControl = negativeControl;
    }

    public boolean negativeControl() {
        return negativeControl;
    }

    /**
     * The writer that runs this phase's whole path into a target; {@code allocator} holds whatever it
     * copies or accumulates. A new one per write: the per-batch phases' importers serve one stream.
     */
    public DatasetWriter writer(BufferAllocator allocator, LanceWriteSettings lance) {
        switch (this) {
            case PARQUET_BYPASS:
                return new ParquetHadoopWriter(ParquetCodec.SNAPPY);
            case PHASE_1:
                return PerBatchTransfer.writer(Importer.PHASE_1.create(), allocator, new LanceDatasetWriter(lance, allocator));
            case PHASE_1_5:
                return PerBatchTransfer.writer(Importer.HAND_WRITTEN.create(), allocator, new LanceDatasetWriter(lance, allocator));
            case PHASE_2:
                return new LanceDatasetWriter(lance, allocator);
            case PHASE_3:
                return new ParallelFragmentWriter(phase3(lance), allocator, PHASE_3_WRITERS);
            default:
                throw new AssertionError(this);
        }
    }

    /** Phase 3's settings: {@code lance} with LZ4 on the strings; shared with the streamed path's one stream. */
    public static LanceWriteSettings phase3(LanceWriteSettings lance) {
        return lance.withStringCompression(StringCompression.LZ4);
    }

    public static Phase parse(String name) {
        return EnumNames.parse(Phase.class, "phase", name);
    }
}
