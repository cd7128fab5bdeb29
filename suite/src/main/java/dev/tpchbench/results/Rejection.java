package dev.tpchbench.gate;

import java.util.Map;

/** Why one benchmark x parameter set got no score. */
public final class Rejection {
    private final BenchmarkId id;
    private final String reason;

    public Rejection(BenchmarkId id, String reason) {
        this.id = id;
        this.reason = reason;
    }

    public BenchmarkId id() {
        return id;
    }

    public String reason() {
        return reason;
    }

    public Map<String, Object> toJson() {
        return Map.of("benchmark", id.benchmark(), "params", id.params(), "reason", reason);
    }

    @Override
    public String toString() {
        return id + ": " + reason;
    }
}
