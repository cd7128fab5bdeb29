package dev.tpchbench.bench;

/**
 * A benchmark state that ends every iteration with a full collection of its own ({@code FullCollection}, at the
 * end of {@code WriteIteration.finish} and of the per-batch classes' checks), so it can run without JMH's
 * collection between iterations ({@code JmhInvocation.collectsOwnGarbage}); a state without it is refused in
 * such a fork ({@link SuiteState}).
 */
public interface CollectsOwnGarbage {
}
