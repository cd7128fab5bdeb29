package dev.tpchbench.gate;

import dev.tpchbench.results.BenchmarkId;

/** Thrown before a path starts when it cannot run here (e.g. it would hold more memory than there is). */
public final class RefusedException extends RuntimeException {
    public RefusedException(BenchmarkId id, String reason) {
        super("REFUSED " + id + ": " + reason);
    }
}
