package dev.tpchbench.ab;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.CanaryReadings;
import dev.tpchbench.results.ResultsFormatException;
import dev.tpchbench.results.RunReader;

/**
 * Merges one side's rounds (each a JMH JSON result array of one fork) into one JMH JSON result array,
 * as if the rounds had been the forks of one run: one entry per benchmark x parameter set with
 * {@code forks} = number of rounds and every metric merged by {@link MetricMerge}.
 */
final class RoundMerge {
    private RoundMerge() {
    }

    /**
     * @param rounds each round's result array, in round order
     * @throws IllegalStateException if the rounds do not hold the same benchmark x parameter sets
     *                               (each round passed its gate, so they must)
     */
    static ArrayNode merge(List<JsonNode> rounds) {
        Map<BenchmarkId, List<JsonNode>> byKey = new LinkedHashMap<>();
        for (int r = 0; r < rounds.size(); r++) {
            Set<BenchmarkId> seen = new LinkedHashSet<>();
            for (JsonNode entry : rounds.get(r)) {
                BenchmarkId key = RunReader.id(entry);
                if (!seen.add(key)) {
                    throw new IllegalStateException("round " + (r + 1) + " holds " + key + " twice");
                }
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            }
        }
        ArrayNode merged = JsonNodeFactory.instance.arrayNode();
        for (Map.Entry<BenchmarkId, List<JsonNode>> group : byKey.entrySet()) {
            if (group.getValue().size() != rounds.size()) {
                throw new IllegalStateException(group.getKey() + " is in " + group.getValue().size() + " of "
                        + rounds.size() + " rounds");
            }
            merged.add(entry(group.getValue()));
        }
        return merged;
    }

    private static ObjectNode entry(List<JsonNode> rounds) {
        ObjectNode merged = rounds.get(0).deepCopy();
        merged.put("forks", rounds.size());
        List<JsonNode> primaries = new ArrayList<>();
        rounds.forEach(r -> primaries.add(r.path("primaryMetric")));
        merged.set("primaryMetric", MetricMerge.merge(primaries));

        // Every metric any round has; a profiler metric missing in a round adds no samples from it.
        Map<String, List<JsonNode>> secondaries = new LinkedHashMap<>();
        for (JsonNode round : rounds) {
            for (Iterator<Map.Entry<String, JsonNode>> it = round.path("secondaryMetrics").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> metric = it.next();
                secondaries.computeIfAbsent(metric.getKey(), k -> new ArrayList<>()).add(metric.getValue());
            }
        }
        ObjectNode secondary = JsonNodeFactory.instance.objectNode();
        secondaries.forEach((name, metrics) -> secondary.set(name, MetricMerge.merge(metrics)));
        merged.set("secondaryMetrics", secondary);
        merged.remove(CanaryReadings.FIELD);
        canary(rounds).ifPresent(readings -> merged.set(CanaryReadings.FIELD, readings.toJson()));
        return merged;
    }

    /** The rounds' canary readings in round order, as the forks' samples are; none unless every round has them alike. */
    private static Optional<CanaryReadings> canary(List<JsonNode> rounds) {
        Optional<CanaryReadings> all = Optional.empty();
        for (JsonNode round : rounds) {
            Optional<CanaryReadings> readings;
            try {
                readings = CanaryReadings.fromEntry(round, "a round");
            } catch (ResultsFormatException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            if (readings.isEmpty() || all.isPresent() && !all.get().work().equals(readings.get().work())) {
                return Optional.empty();
            }
            all = all.isEmpty() ? readings : Optional.of(all.get().then(readings.get()));
        }
        return all;
    }
}
