package dev.tpchbench.gate;

import dev.tpchbench.results.BenchmarkId;

/** Thrown when an output does not hold what the source held. Never caught inside a benchmark. */
public final class IntegrityException extends RuntimeException {
    private final transient BenchmarkId id;

    public IntegrityException(BenchmarkId id, String reason) {
        super("INTEGRITY FAILURE in " + id + ": " + reason);
        this.id = id;
    }

    public BenchmarkId id() {
        return id;
    }
}
