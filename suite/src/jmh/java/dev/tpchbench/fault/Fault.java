package dev.tpchbench.fault;

import org.apache.arrow.memory.BufferAllocator;

import dev.tpchbench.cdata.Importer;
import dev.tpchbench.cdata.PerBatchTransfer;
import dev.tpchbench.results.EnumNames;
import dev.tpchbench.write.DatasetWriter;
import dev.tpchbench.write.LanceDatasetWriter;
import dev.tpchbench.write.LanceWriteSettings;
import dev.tpchbench.write.ParquetCodec;
import dev.tpchbench.write.ParquetHadoopWriter;
import dev.tpchbench.write.TransformingWriter.TableTransform;
import dev.tpchbench.write.TransformingWriter;

/**
 * Wrong outputs made on purpose, to prove that the suite's checks reject each of them instead of
 * timing it. Each fault is a decorator around the real Lance write path; only the benchmark
 * {@code dev.tpchbench.faultbench.FaultInjectionBenchmark} uses them, and only when a test names them.
 * They live beside the benchmarks (src/jmh/java, compiled with the tests), out of main code's reach.
 */
public enum Fault {
    /** The control: the real write, unchanged. It must pass, or the rejections below prove nothing. */
    NONE,
    /** Valid schema, no rows. */
    EMPTY,
    /** The last batch dropped. */
    TRUNCATED,
    /** One bit of one value in one row flipped. */
    ONE_VALUE_CHANGED,
    /** The last column missing. */
    COLUMN_DROPPED,
    /** The last column under another name. */
    COLUMN_RENAMED,
    /** The first batch written twice. */
    BATCH_WRITTEN_TWICE,
    /**
     * The first two batches swapped. A single Lance writer keeps the stream's row order and a scan
     * returns fragments in order, so the suite's order-sensitive digest can demand write order.
     */
    ROWS_REORDERED,
    /** The target already holds a complete earlier output; the writer must refuse it. */
    LEFTOVER_TARGET,
    /** Success claimed, nothing written. */
    NOTHING_WRITTEN,
    /** Parquet written into the folder meant for the Lance dataset (the team's pre-Phase-1 path). */
    PARQUET_BYPASS,
    /** Per-batch import that keeps one buffer referenced: right data, Arrow memory never returns to zero. */
    LEAKED_IMPORT_BUFFER,
    /** The file system fills up during the write (only on a small test file system). */
    DISK_FULL;

    /** The faulty writer; {@code allocator} holds whatever it copies or imports. */
    public DatasetWriter writer(LanceWriteSettings settings, BufferAllocator allocator) {
        DatasetWriter lance = new LanceDatasetWriter(settings, allocator);
        switch (this) {
            case NONE:
                return lance;
            case EMPTY:
                return distorted(Distortions::empty, allocator, lance);
            case TRUNCATED:
                return distorted(Distortions::truncated, allocator, lance);
            case ONE_VALUE_CHANGED:
                return distorted(Distortions::oneValueChanged, allocator, lance);
            case COLUMN_DROPPED:
                return distorted(Distortions::columnDropped, allocator, lance);
            case COLUMN_RENAMED:
                return distorted(Distortions::columnRenamed, allocator, lance);
            case BATCH_WRITTEN_TWICE:
                return distorted(Distortions::batchTwice, allocator, lance);
            case ROWS_REORDERED:
                return distorted(Distortions::rowsReordered, allocator, lance);
            case LEFTOVER_TARGET:
                return new LeftoverTargetWriter(lance);
            case NOTHING_WRITTEN:
                return new NothingWrittenWriter();
            case PARQUET_BYPASS:
                return new ParquetHadoopWriter(ParquetCodec.SNAPPY);
            case LEAKED_IMPORT_BUFFER:
                return PerBatchTransfer.writer(new LeakingImporter(Importer.HAND_WRITTEN.create()), allocator, lance);
            case DISK_FULL:
                return new DiskFillingWriter(lance);
            default:
                throw new AssertionError(this);
        }
    }

    /** The real writer handed a wrong copy of the table instead of the table. */
    private static DatasetWriter distorted(TableTransform distortion, BufferAllocator allocator, DatasetWriter lance) {
        return new TransformingWriter("distorted input", distortion, allocator, lance);
    }

    public static Fault parse(String name) {
        return EnumNames.parse(Fault.class, "fault", name);
    }
}
