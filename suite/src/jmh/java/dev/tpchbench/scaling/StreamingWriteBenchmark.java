package dev.tpchbench.scaling;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import dev.tpchbench.bench.CollectsOwnGarbage;
import dev.tpchbench.bench.OutputCounters;
import dev.tpchbench.bench.SuiteState;
import dev.tpchbench.bench.Verified;
import dev.tpchbench.bench.WriteIteration;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.gate.IntegrityGate;
import dev.tpchbench.gate.OutputCheck;
import dev.tpchbench.memory.MemoryBudget;
import dev.tpchbench.pipeline.StreamedPath;
import dev.tpchbench.source.GeneratedTableFile;
import dev.tpchbench.write.ParquetDatasetReader;
import dev.tpchbench.write.WriteResult;

/**
 * The write paths at any scale factor, the table never held whole (issue 11). Not timed: generating the
 * table once per run into an Arrow IPC file in the run's scratch folder (its digest checked against the
 * expected-digest cache), creating and deleting the target. Timed: reading that file batch by batch and
 * the path's whole write until committed; {@code path=READ_SOURCE} is the reading alone, so the write's
 * own cost is the difference. Verified after each iteration against the expected digest, read back batch
 * by batch (Lance: opens, countRows, full scan; Parquet: Arrow's native reader; READ_SOURCE: the file).
 * A path that would hold more than the memory here (Phase 1.5 accumulates the table) is refused before
 * anything is generated. Run by {@code -Djmh.preset=scaling}; the default include leaves this package out.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StreamingWriteBenchmark extends SuiteState implements CollectsOwnGarbage {
    @Param({"65536"})
    public int batchRows;

    @Param({"READ_SOURCE", "PHASE_1_5", "PHASE_2", "PHASE_3_ONE_STREAM", "PARQUET"})
    public String path;

    private StreamedPath streamedPath;
    private Path sourceFile;
    private TableDigest expected;
    private WriteIteration iteration;

    @Override
    protected void prepareTrial() throws Exception {
        streamedPath = StreamedPath.parse(path);
        Optional<String> refusal = streamedPath.refusal(tpchTable(), scaleFactor, MemoryBudget.ofThisJvm());
        if (refusal.isPresent()) {
            throw IntegrityGate.refuse(id, refusal.get());
        }
        GeneratedTableFile.Prepared source = GeneratedTableFile.prepareForRun(tpchTable(), scaleFactor, batchRows,
                Long.MAX_VALUE, allocator);
        sourceFile = source.file();
        expected = source.expected();
    }

    @Setup(Level.Iteration)
    public void freshTarget() throws Exception {
        iteration = WriteIteration.start(id, allocator);
    }

    @Benchmark
    public WriteResult write() throws Exception {
        return streamedPath.write(GeneratedTableFile.open(sourceFile, iteration.writeAllocator()),
                iteration.target(), iteration.writeAllocator());
    }

    @TearDown(Level.Iteration)
    public void checkOutput(Verified verified, OutputCounters counters) throws Exception {
        iteration.finish(verified, counters, this::verifyOutput);
    }

    private long verifyOutput(Path target) {
        switch (streamedPath) {
            case READ_SOURCE:
                return OutputCheck.verify(id, new GeneratedTableFile(), sourceFile, expected, allocator);
            case PARQUET:
                return OutputCheck.verify(id, new ParquetDatasetReader(), target, expected, allocator);
            default:
                return OutputCheck.verifyLance(id, target, expected, allocator);
        }
    }
}
