package dev.tpchbench.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Path;

import org.apache.arrow.memory.BufferAllocator;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import dev.tpchbench.measure.AnatomyProfiler;
import dev.tpchbench.measure.TimedWindow;

/**
 * What every write benchmark with an in-memory source shares: a fresh target per iteration (made
 * before, deleted after, neither timed), an allocator per iteration for whatever the write allocates,
 * its peak memory, the read-back check in the iteration teardown ({@link WriteIteration}), and where the
 * timed write's time went under {@code -Djmh.prof=anatomy} ({@link AnatomyProfiler}: the native writers' threads
 * are among the other threads).
 */
@State(Scope.Thread)
public abstract class DatasetWriteState extends TpchSource implements CollectsOwnGarbage {
    protected Path target;
    protected BufferAllocator writeAllocator;
    private WriteIteration iteration;
    private final TimedWindow timedWindow = new TimedWindow();

    @Override
    protected void prepareTrial() throws Exception {
        super.prepareTrial();
        AnatomyProfiler.warmUp(timedWindow);
    }

    /** Reads the output back and checks it against {@code expected}; returns the rows verified. */
    protected abstract long verifyOutput() throws Exception;

    @Setup(Level.Iteration)
    public void freshTarget() throws Exception {
        iteration = WriteIteration.start(id, allocator);
        target = iteration.target();
        writeAllocator = iteration.writeAllocator();
        prepareIteration();
        AnatomyProfiler.open(timedWindow);
    }

    /** Untimed set-up of each iteration once its target and allocator exist, e.g. the writer to time. */
    protected void prepareIteration() throws Exception {
    }

    @TearDown(Level.Iteration)
    public void checkOutput(Verified verified, OutputCounters counters) throws Exception {
        AnatomyProfiler.close(timedWindow);
        iteration.finish(verified, counters, written -> verifyOutput());
    }
}
