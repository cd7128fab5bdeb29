package dev.tpchbench.bench;

/**
 * A benchmark state that ends every iteration with a full collection of its own ({@code FullCollection}, at the
 * end of {@code WriteIteration.finish} or {@link SuiteState#settleForTheNextIteration}): the runner turns JMH's
 * collection between iterations off, so a state without it is refused ({@link SuiteState}).
 */
public interface CollectsOwnGarbage {
}
