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
import dev.tpchbench.fault.PlantedChange;
import dev.tpchbench.gate.OutputCheck;
import dev.tpchbench.write.LanceDatasetWriter;
import dev.tpchbench.write.LanceWriteSettings;
import dev.tpchbench.write.WriteResult;

/**
 * The Lance write with a change of known size planted into its timed call (see {@link PlantedChange}:
 * the fork's {@code -Dtpchbench.plantedChange=1.10} makes it 10% slower), verified exactly like
 * {@code LanceWriteBenchmark}. It proves that a comparison flags a change of that size.
 *
 * <p>Never part of a normal run: it lives outside {@code dev.tpchbench.bench} (the default
 * jmh.include), and no other benchmark reads the property.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlantedChangeBenchmark extends DatasetWriteState {
    @Param({"65536"})
    public int batchRows;

    private PlantedChange change;

    @Override
    protected int batchRows() {
        return batchRows;
    }

    @Override
    protected void prepareTrial() throws Exception {
        change = PlantedChange.fromSystemProperty();
        super.prepareTrial();
    }

    @Benchmark
    public WriteResult writeTable() throws Exception {
        long start = System.nanoTime();
        WriteResult result = new LanceDatasetWriter(LanceWriteSettings.DEFAULTS, writeAllocator).write(source, target);
        change.stretch(start);
        return result;
    }

    @Override
    protected long verifyOutput() {
        return OutputCheck.verifyLance(id, target, expected, allocator);
    }
}
