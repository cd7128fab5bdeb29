package dev.tpchbench.results;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Why one benchmark x parameter set got no score: rejected by the integrity gate, missing, or refused
 * before it started because it could not run here (a path that holds the table where it does not fit;
 * not a failure). In JSON (the forks' rejection log, the meta file) it is
 * {@code {"benchmark", "params", "reason"}}, plus {@code "refused": true} for a refusal.
 */
@JsonPropertyOrder({"benchmark", "params", "reason", "refused"})
public record Rejection(@JsonIgnore BenchmarkId id, @JsonProperty("reason") String reason,
        @JsonProperty("refused") @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean refused) {

    /** A rejection or a missing result: a failure. */
    public Rejection(BenchmarkId id, String reason) {
        this(id, reason, false);
    }

    @JsonCreator
    static Rejection fromJson(@JsonProperty("benchmark") String benchmark,
            @JsonProperty("params") Map<String, String> params, @JsonProperty("reason") String reason,
            @JsonProperty("refused") boolean refused) {
        return new Rejection(new BenchmarkId(benchmark == null ? "" : benchmark, params == null ? Map.of() : params),
                reason == null ? "" : reason, refused);
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
