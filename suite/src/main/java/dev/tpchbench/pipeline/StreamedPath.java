package dev.tpchbench.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;

import dev.tpchbench.cdata.Importer;
import dev.tpchbench.cdata.PerBatchTransfer;
import dev.tpchbench.memory.MemoryBudget;
import dev.tpchbench.memory.WholeTableRefusal;
import dev.tpchbench.results.EnumNames;
import dev.tpchbench.tpch.TpchTable;
import dev.tpchbench.write.LanceDatasetWriter;
import dev.tpchbench.write.LanceWriteSettings;
import dev.tpchbench.write.ParquetCodec;
import dev.tpchbench.write.ParquetHadoopWriter;
import dev.tpchbench.write.WriteResult;

/**
 * The write paths fed from a stream of batches that is never held whole (issue 11: tables larger than
 * memory), with the source alone beside them so a reader can see what the write itself costs. Each path
 * owns and closes the stream it is given.
 */
public enum StreamedPath {
    /** Reads every batch of the source and releases it: the part of every streamed write's time that is not the write. */
    READ_SOURCE(0),
    /** Phase 1.5: per-batch C Data export, hand-written copying import, accumulate the whole table, Lance write. */
    PHASE_1_5(WholeTableRefusal.PHASE_1_5_COPIES),
    /** Phase 2, which is also the plain Lance write: one ArrowArrayStream that Lance pulls. */
    PHASE_2(0),
    /**
     * Phase 3's settings (LZ4 on the string columns) through one stream: {@link Phase#PHASE_3}'s second choice,
     * two fragment writers, splits the table's batches in halves up front, which a stream never held whole
     * cannot do yet.
     */
    PHASE_3_ONE_STREAM(0),
    /** The Parquet baseline: parquet-hadoop with Snappy, the codec the team's Parquet path used. */
    PARQUET(0);

    private final double tableCopies;

    StreamedPath(double tableCopies) {
        this.tableCopies = tableCopies;
    }

    public static StreamedPath parse(String name) {
        return EnumNames.parse(StreamedPath.class, "path", name);
    }

    /** Empty when the path fits {@code budget} at this size; otherwise why it is refused. Streaming paths always fit. */
    public Optional<String> refusal(TpchTable table, double scaleFactor, MemoryBudget budget) {
        return tableCopies == 0 ? Optional.empty()
                : WholeTableRefusal.refusal(name(), tableCopies, table, scaleFactor, budget);
    }

    /**
     * Runs the path from {@code batches} into {@code target} (READ_SOURCE writes nothing); {@code allocator}
     * holds whatever the path copies or accumulates. {@code rowsWritten} is what the path consumed or wrote.
     */
    public WriteResult write(ArrowReader batches, Path target, BufferAllocator allocator) throws IOException {
        try (batches) {
            switch (this) {
                case READ_SOURCE:
                    long rows = 0;
                    while (batches.loadNextBatch()) {
                        rows += batches.getVectorSchemaRoot().getRowCount();
                    }
                    return new WriteResult(target, rows);
                case PHASE_1_5:
                    return PerBatchTransfer.writeStreamed(batches, Importer.HAND_WRITTEN.create(), allocator,
                            new LanceDatasetWriter(LanceWriteSettings.DEFAULTS, allocator), target);
                case PHASE_2:
                    return new LanceDatasetWriter(LanceWriteSettings.DEFAULTS, allocator).write(batches, target);
                case PHASE_3_ONE_STREAM:
                    return new LanceDatasetWriter(Phase.phase3(LanceWriteSettings.DEFAULTS), allocator).write(batches, target);
                case PARQUET:
                    return new ParquetHadoopWriter(ParquetCodec.SNAPPY).write(batches, target);
                default:
                    throw new AssertionError(this);
            }
        }
    }
}
