package dev.tpchbench.faultbench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.tpchbench.bench.DatasetWriteState;
import dev.tpchbench.fault.Fault;
import dev.tpchbench.gate.OutputCheck;
import dev.tpchbench.write.LanceWriteSettings;
import dev.tpchbench.write.WriteResult;

/**
 * The Lance write benchmark with a {@link Fault} injected, verified exactly like
 * {@code LanceWriteBenchmark}: every fault except NONE must be rejected, never scored.
 *
 * <p>Never part of a normal run: it lives outside {@code dev.tpchbench.bench} (the default
 * jmh.include), and {@code fault} has no default value, so a run that does not name faults in
 * jmh.params plans nothing for it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FaultInjectionBenchmark extends DatasetWriteState {
    @Param({})
    public String fault;

    /** Small, so that the faults that need several batches (truncate, swap) have them. */
    @Param({"256"})
    public int batchRows;

    @Param({"1048576"})
    public int maxRowsPerFile;

    @Override
    protected int batchRows() {
        return batchRows;
    }

    @Benchmark
    public WriteResult writeWithFault() throws Exception {
        LanceWriteSettings settings = LanceWriteSettings.DEFAULTS.withMaxRowsPerFile(maxRowsPerFile);
        return Fault.parse(fault).writer(settings, writeAllocator).write(source, target);
    }

    @Override
    protected long verifyOutput() {
        return OutputCheck.verifyLance(id, target, expected, allocator);
    }
}
