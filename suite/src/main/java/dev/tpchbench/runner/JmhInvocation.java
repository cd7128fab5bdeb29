package dev.tpchbench.runner;

import java.util.Set;

import dev.tpchbench.measure.CallsPerIteration;

/**
 * One start of JMH within a run: benchmarks that share an iteration shape. Per-batch benchmarks get one
 * per batch size and calls per iteration ({@link CallsPerIteration}).
 *
 * @param declaredIterations whether the benchmarks' classes declare their own warm-up and measurement iterations
 * @param batchRows the one batch size of a per-batch invocation, or null
 * @param calls JMH's batch size and operations per invocation of a per-batch invocation, or null
 */
public record JmhInvocation(Set<String> benchmarks, boolean declaredIterations, Integer batchRows, Integer calls) {
    public JmhInvocation {
        benchmarks = Set.copyOf(benchmarks);
        if ((batchRows == null) != (calls == null)) {
            throw new IllegalArgumentException("a per-batch invocation has both a batch size and calls, others neither");
        }
    }

    /** With the calls that follow the batch size, as for a class that leaves them to the runner. */
    public JmhInvocation(Set<String> benchmarks, boolean declaredIterations, Integer batchRows) {
        this(benchmarks, declaredIterations, batchRows, batchRows == null ? null : CallsPerIteration.forBatchRows(batchRows));
    }

    public boolean perBatch() {
        return batchRows != null;
    }

    /** JMH's batch size and operations per invocation for a per-batch invocation. */
    public int callsPerIteration() {
        if (batchRows == null) {
            throw new IllegalStateException("not a per-batch invocation: " + benchmarks);
        }
        return calls;
    }
}
