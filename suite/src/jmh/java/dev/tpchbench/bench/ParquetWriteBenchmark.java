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
import dev.tpchbench.write.ParquetCodec;
import dev.tpchbench.write.ParquetDatasetReader;
import dev.tpchbench.write.ParquetHadoopWriter;
import dev.tpchbench.write.WriteResult;

/**
 * The Parquet baseline. Timed: writing the in-memory table with parquet-hadoop (parquet-java's
 * column writers fed straight from the Arrow vectors) to a local file, until it is closed. Not timed:
 * generating the table, creating and deleting the target. Verified after each iteration: read
 * back with Arrow's native (C++) Parquet reader, not parquet-hadoop, and digest-equal the source.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParquetWriteBenchmark extends DatasetWriteState {
    @Param({"65536"})
    public int batchRows;

    @Param({"UNCOMPRESSED", "SNAPPY", "ZSTD"})
    public String codec;

    @Override
    protected int batchRows() {
        return batchRows;
    }

    @Benchmark
    public WriteResult writeTable() throws Exception {
        return new ParquetHadoopWriter(ParquetCodec.parse(codec)).write(source, target);
    }

    @Override
    protected long verifyOutput() {
        return OutputCheck.verify(id, new ParquetDatasetReader(), target, expected, allocator);
    }
}
