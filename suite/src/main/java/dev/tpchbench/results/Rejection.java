package dev.tpchbench.results;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Why one benchmark x parameter set got no score: rejected by the integrity gate or missing. In JSON
 * (the forks' rejection log, the meta file) it is {@code {"benchmark", "params", "reason"}}.
 */
@JsonPropertyOrder({"benchmark", "params", "reason"})
public record Rejection(@JsonIgnore BenchmarkId id, @JsonProperty("reason") String reason) {

    @JsonCreator
    static Rejection fromJson(@JsonProperty("benchmark") String benchmark,
            @JsonProperty("params") Map<String, String> params, @JsonProperty("reason") String reason) {
        return new Rejection(new BenchmarkId(benchmark == null ? "" : benchmark, params == null ? Map.of() : params),
                reason == null ? "" : reason);
    }

    @JsonProperty("benchmark")
    String benchmark() {
        return id.benchmark();
    }

    @JsonProperty("params")
    Map<String, String> params() {
        return id.params();
    }

    @Override
    public String toString() {
        return id + ": " + reason;
    }
}
