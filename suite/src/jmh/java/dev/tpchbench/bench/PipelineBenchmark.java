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
import dev.tpchbench.pipeline.Phase;
import dev.tpchbench.write.LanceWriteSettings;
import dev.tpchbench.write.WriteResult;

/**
 * The team's plan, path by path. Timed: one complete path from the in-memory batches to a
 * committed dataset (for PHASE_1_5: per-batch export, copying import, accumulation, Lance write;
 * for PHASE_2: one stream into Lance; PHASE_3: LZ4 on the string columns and the batches' two halves
 * written as fragments on two threads, one commit). Not timed:
 * generating the table, parsing the phase, creating and deleting the target. Verified after each
 * iteration as a Lance dataset: opens, countRows, full-scan digest.
 * PHASE_1 and PARQUET_BYPASS are negative controls (run on request, rejected by the gate).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PipelineBenchmark extends DatasetWriteState {
    @Param({"65536"})
    public int batchRows;

    @Param({"PHASE_1_5", "PHASE_2", "PHASE_3"})
    public String phase;

    private Phase parsedPhase;

    @Override
    protected int batchRows() {
        return batchRows;
    }

    @Override
    protected void prepareTrial() throws Exception {
        parsedPhase = Phase.parse(phase);
        super.prepareTrial();
    }

    @Benchmark
    public WriteResult pipeline() throws Exception {
        return parsedPhase.writer(writeAllocator, LanceWriteSettings.DEFAULTS).write(source, target);
    }

    @Override
    protected long verifyOutput() {
        return OutputCheck.verifyLance(id, target, expected, allocator);
    }
}
