package dev.tpchbench.choices;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.tpchbench.bench.DatasetWriteState;
import dev.tpchbench.gate.OutputCheck;
import dev.tpchbench.write.DatasetWriter;
import dev.tpchbench.write.LanceWriteChoice;
import dev.tpchbench.write.WriteResult;

/**
 * Phase 3's write choices one at a time (issue 10 §3): each {@code choice} is Phase 2's Lance write with one
 * thing changed ({@link LanceWriteChoice}). Timed: writing the in-memory table until the dataset is committed.
 * Not timed: generating the table, parsing the choice, building the writer, creating and deleting the target.
 * Verified after each iteration as a Lance dataset: opens, countRows, full-scan digest (in order); size on disk
 * beside the time. Outside {@code dev.tpchbench.bench}, so no preset runs it: {@code -Djmh.include=LanceWriteChoice}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LanceWriteChoiceBenchmark extends DatasetWriteState {
    @Param({"65536"})
    public int batchRows;

    @Param({"PHASE_2", "LZ4_STRINGS", "ZSTD_STRINGS", "NO_STRING_COMPRESSION", "STORAGE_2_2", "TWO_FRAGMENT_WRITERS"})
    public String choice;

    private LanceWriteChoice parsedChoice;
    private DatasetWriter writer;

    @Override
    protected int batchRows() {
        return batchRows;
    }

    @Override
    protected void prepareTrial() throws Exception {
        parsedChoice = LanceWriteChoice.parse(choice);
        super.prepareTrial();
    }

    @Override
    protected void prepareIteration() {
        writer = parsedChoice.writer(writeAllocator);
    }

    @Benchmark
    public WriteResult writeTable() throws Exception {
        return writer.write(source, target);
    }

    @Override
    protected long verifyOutput() {
        return OutputCheck.verifyLance(id, target, expected, allocator);
    }
}
