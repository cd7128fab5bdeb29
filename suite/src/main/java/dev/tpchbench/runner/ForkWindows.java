package dev.tpchbench.runner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.format.OutputFormat;

import dev.tpchbench.results.BenchmarkId;

/**
 * JMH's output, passed on unchanged, and when each fork's measured iterations ran: from the start of its
 * first measured iteration to the end of its last, on the runner's {@link System#nanoTime()} clock. The
 * forks report every iteration to the runner as it starts and ends, so the runner sees them live.
 */
final class ForkWindows implements OutputFormat {
    /** When one fork's measured iterations ran. */
    record Window(long startNanos, long endNanos) {
    }

    private final OutputFormat out;
    private final LongSupplier clock;
    private final Map<BenchmarkId, List<Window>> windows = new HashMap<>();
    private long openedAt = -1;

    ForkWindows(OutputFormat out, LongSupplier clock) {
        this.out = out;
        this.clock = clock;
    }

    /** Every benchmark x parameter set's forks, in the order they ran. */
    Map<BenchmarkId, List<Window>> windows() {
        Map<BenchmarkId, List<Window>> copy = new HashMap<>();
        windows.forEach((id, forks) -> copy.put(id, List.copyOf(forks)));
        return copy;
    }

    @Override
    public void iteration(BenchmarkParams benchmark, IterationParams iteration, int number) {
        started(iteration.getType(), number);
        out.iteration(benchmark, iteration, number);
    }

    @Override
    public void iterationResult(BenchmarkParams benchmark, IterationParams iteration, int number, IterationResult result) {
        ended(BenchmarkId.of(benchmark), iteration.getType(), number, iteration.getCount());
        out.iterationResult(benchmark, iteration, number, result);
    }

    /** An iteration started; the first measured one opens a fork's window. */
    void started(IterationType type, int number) {
        if (type == IterationType.MEASUREMENT && number == 1) {
            openedAt = clock.getAsLong();
        }
    }

    /** An iteration ended; the last measured one closes the window (a fork that died before it leaves none). */
    void ended(BenchmarkId benchmark, IterationType type, int number, int count) {
        if (type == IterationType.MEASUREMENT && number == count && openedAt >= 0) {
            windows.computeIfAbsent(benchmark, k -> new ArrayList<>()).add(new Window(openedAt, clock.getAsLong()));
            openedAt = -1;
        }
    }

    @Override
    public void startBenchmark(BenchmarkParams benchmark) {
        openedAt = -1;
        out.startBenchmark(benchmark);
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        out.endBenchmark(result);
    }

    @Override
    public void startRun() {
        out.startRun();
    }

    @Override
    public void endRun(Collection<RunResult> result) {
        out.endRun(result);
    }

    @Override
    public void print(String s) {
        out.print(s);
    }

    @Override
    public void println(String s) {
        out.println(s);
    }

    @Override
    public void flush() {
        out.flush();
    }

    /** Flushes only: JMH closes its output at the end of a run, and this one writes to the runner's System.out. */
    @Override
    public void close() {
        out.flush();
    }

    @Override
    public void verbosePrintln(String s) {
        out.verbosePrintln(s);
    }

    @Override
    public void write(int b) {
        out.write(b);
    }

    @Override
    public void write(byte[] b) throws IOException {
        out.write(b);
    }
}
