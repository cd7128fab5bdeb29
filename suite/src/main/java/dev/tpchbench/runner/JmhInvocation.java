package dev.tpchbench.runner;

import java.util.Set;

import dev.tpchbench.measure.CallsPerIteration;

/**
 * One start of JMH within a run: benchmarks that share an iteration shape. Per-batch benchmarks get one
 * per batch size, whose calls per iteration follow it ({@link CallsPerIteration}).
 *
 * @param declaredIterations whether the benchmarks' classes declare their own warm-up and measurement iterations
 * @param batchRows the one batch size of a per-batch invocation, or null
 */
public record JmhInvocation(Set<String> benchmarks, boolean declaredIterations, Integer batchRows) {
    public JmhInvocation {
        benchmarks = Set.copyOf(benchmarks);
    }

    public boolean perBatch() {
        return batchRows != null;
    }

    /** JMH's batch size and operations per invocation for a per-batch invocation. */
    public int callsPerIteration() {
        if (batchRows == null) {
            throw new IllegalStateException("not a per-batch invocation: " + benchmarks);
        }
        return CallsPerIteration.forBatchRows(batchRows);
    }
}
