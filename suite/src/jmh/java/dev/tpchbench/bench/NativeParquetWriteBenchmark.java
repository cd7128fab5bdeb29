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
import dev.tpchbench.write.NativeParquetWriter;
import dev.tpchbench.write.ParquetDatasetReader;
import dev.tpchbench.write.WriteResult;

/**
 * Reference row for the Parquet baseline: Arrow's native C++ Parquet writer (arrow-dataset), whose
 * Java API does not choose a codec, so it writes UNCOMPRESSED: compare it with the baseline's
 * UNCOMPRESSED row. Timed: the write until the file is closed. Not timed: set-up, deleting the
 * target. Verified after each iteration: read back in full, digest-equal the source.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NativeParquetWriteBenchmark extends DatasetWriteState {
    @Param({"65536"})
    public int batchRows;

    @Override
    protected int batchRows() {
        return batchRows;
    }

    @Benchmark
    public WriteResult writeTable() throws Exception {
        return new NativeParquetWriter(writeAllocator).write(source, target);
    }

    @Override
    protected long verifyOutput() {
        return OutputCheck.verify(id, new ParquetDatasetReader(), target, expected, allocator);
    }
}
