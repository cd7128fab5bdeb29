package dev.tpchbench.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Path;

import org.apache.arrow.memory.BufferAllocator;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import dev.tpchbench.gate.IntegrityGate;
import dev.tpchbench.measure.PeakRss;
import dev.tpchbench.output.OutputDirs;
import dev.tpchbench.results.Numbers;

/**
 * What every write benchmark shares: a fresh target per iteration (made before, deleted after,
 * neither timed), an allocator per iteration for whatever the write allocates, its peak memory,
 * and the read-back check in the iteration teardown.
 */
@State(Scope.Thread)
public abstract class DatasetWriteState extends TpchSource {
    protected Path target;
    protected BufferAllocator writeAllocator;
    private boolean peakRssReset;

    /** Reads the output back and checks it against {@code expected}; returns the rows verified. */
    protected abstract long verifyOutput() throws Exception;

    @Setup(Level.Iteration)
    public void freshTarget() throws Exception {
        target = OutputDirs.freshTarget(id.shortName().replace('.', '-'));
        writeAllocator = allocator.newChildAllocator("write", 0, Long.MAX_VALUE);
        peakRssReset = PeakRss.reset();
    }

    @TearDown(Level.Iteration)
    public void checkOutput(Verified verified, OutputCounters counters) throws Exception {
        // Without a reset the kernel's peak covers the whole process life: say unknown instead.
        counters.peakRssBytes = peakRssReset ? PeakRss.peakBytes() : -1;
        counters.arrowPeakBytes = writeAllocator.getPeakMemoryAllocation();
        try {
            counters.bytesOnDisk = OutputDirs.sizeOnDisk(target);
            verified.rowsVerified = verifyOutput();
        } finally {
            OutputDirs.deleteTarget(target);
            long held = writeAllocator.getAllocatedMemory();
            // Before close(): with memory outstanding close() throws its own error, and the reason would not be recorded.
            IntegrityGate.require(id, held == 0, "the write left " + Numbers.grouped(held) + " bytes of Arrow memory allocated");
            writeAllocator.close();
        }
    }
}
