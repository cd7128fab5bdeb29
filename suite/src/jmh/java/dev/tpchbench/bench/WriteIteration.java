package dev.tpchbench.bench;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.arrow.memory.BufferAllocator;

import dev.tpchbench.gate.IntegrityGate;
import dev.tpchbench.measure.FullCollection;
import dev.tpchbench.measure.PeakRss;
import dev.tpchbench.output.OutputDirs;
import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.Numbers;

/**
 * What surrounds one timed write, untimed: a fresh target (made before, deleted after), an allocator
 * for whatever the write allocates, its peak memory, and the read-back check. Shared by the write
 * benchmarks with an in-memory source and those that stream theirs.
 */
public final class WriteIteration {
    /** Reads the output back and checks it against the expected digest; returns the rows verified. */
    @FunctionalInterface
    public interface OutputVerifier {
        long verify(Path target) throws Exception;
    }

    private final BenchmarkId id;
    private final Path target;
    private final BufferAllocator writeAllocator;
    private final boolean peakRssReset;

    private WriteIteration(BenchmarkId id, Path target, BufferAllocator writeAllocator, boolean peakRssReset) {
        this.id = id;
        this.target = target;
        this.writeAllocator = writeAllocator;
        this.peakRssReset = peakRssReset;
    }

    /** Before the timed write: its target and allocator; the kernel's peak RSS starts again here. */
    public static WriteIteration start(BenchmarkId id, BufferAllocator trialAllocator) throws IOException {
        Path target = OutputDirs.freshTarget(id.shortName().replace('.', '-'));
        BufferAllocator writeAllocator = trialAllocator.newChildAllocator("write", 0, Long.MAX_VALUE);
        return new WriteIteration(id, target, writeAllocator, PeakRss.reset());
    }

    public Path target() {
        return target;
    }

    public BufferAllocator writeAllocator() {
        return writeAllocator;
    }

    /** After the timed write: records its memory and size, verifies the output, then deletes it. */
    public void finish(Verified verified, OutputCounters counters, OutputVerifier verifier) throws Exception {
        // Without a reset the kernel's peak covers the whole process life: say unknown instead.
        counters.peakRssBytes = peakRssReset ? PeakRss.peakBytes() : -1;
        counters.arrowPeakBytes = writeAllocator.getPeakMemoryAllocation();
        try {
            counters.bytesOnDisk = OutputDirs.sizeOnDisk(target);
            verified.rowsVerified = verifier.verify(target);
        } finally {
            OutputDirs.deleteTarget(target);
            long held = writeAllocator.getAllocatedMemory();
            // Before close(): with memory outstanding close() throws its own error, and the reason would not be recorded.
            IntegrityGate.require(id, held == 0, "the write left " + Numbers.grouped(held) + " bytes of Arrow memory allocated");
            writeAllocator.close();
        }
        // The read-back's garbage, collected here rather than by JMH (CollectsOwnGarbage).
        FullCollection.collect();
    }
}
