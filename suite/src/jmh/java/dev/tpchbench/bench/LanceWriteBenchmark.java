package dev.tpchbench.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.tpchbench.gate.OutputCheck;
import dev.tpchbench.write.LanceDatasetWriter;
import dev.tpchbench.write.LanceWriteSettings;
import dev.tpchbench.write.WriteResult;

/**
 * Timed: writing the in-memory table to a new Lance dataset through one ArrowArrayStream (the C
 * Data hop into Rust), until the dataset is committed. Not timed: generating the table, creating
 * and deleting the target. Verified after each iteration: the dataset opens, countRows equals the
 * source, and a full scan digest-equals the source (names, types, values, order).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LanceWriteBenchmark extends DatasetWriteState {
    @Param({"65536"})
    public int batchRows;

    /** Lance file format version, pinned: aliases such as "stable" move between releases. */
    @Param({"2.1"})
    public String storageVersion;

    @Param({"1048576"})
    public int maxRowsPerFile;

    @Override
    protected int batchRows() {
        return batchRows;
    }

    @Benchmark
    public WriteResult writeTable() throws Exception {
        LanceWriteSettings settings = LanceWriteSettings.DEFAULTS.withStorageVersion(storageVersion)
                .withMaxRowsPerFile(maxRowsPerFile);
        return new LanceDatasetWriter(settings, writeAllocator).write(source, target);
    }

    @Override
    protected long verifyOutput() {
        return OutputCheck.verifyLance(id, target, expected, allocator);
    }
}
