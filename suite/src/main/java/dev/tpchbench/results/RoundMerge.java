package dev.tpchbench.results;

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


/**
 * Merges one side's rounds (each a JMH JSON result array of one fork) into one JMH JSON result array,
 * as if the rounds had been the forks of one run: one entry per benchmark x parameter set with
 * {@code forks} = number of rounds and every metric merged by {@link MetricMerge}. Used by {@code jmh:ab} (one
 * fork per side per round) and by the runner, which spreads a row's forks over the run in rounds.
 */
public final class RoundMerge {
    private RoundMerge() {
    }

    /**
     * @param rounds each round's result array, in round order
     * @throws IllegalStateException if the rounds do not hold the same benchmark x parameter sets
     *                               (each round of {@code jmh:ab} passed its gate, so they must)
     */
    public static ArrayNode merge(List<JsonNode> rounds) {
        Map<BenchmarkId, List<JsonNode>> byKey = byKey(rounds);
        byKey.forEach((key, entries) -> {
            if (entries.size() != rounds.size()) {
                throw new IllegalStateException(key + " is in " + entries.size() + " of " + rounds.size() + " rounds");
            }
        });
        return complete(rounds, byKey).merged();
    }

    /** The merged rows, and the rows left out because some round lacks them (a fork that failed). */
    public record Merged(ArrayNode merged, List<BenchmarkId> incomplete) {
    }

    /**
     * Like {@link #merge}, but a row that some round lacks is left out (and named in {@link Merged#incomplete()})
     * instead of refused: the runner's rounds are not gated one by one, its gate then reports the row.
     */
    public static Merged mergeComplete(List<JsonNode> rounds) {
        return complete(rounds, byKey(rounds));
    }

    private static Map<BenchmarkId, List<JsonNode>> byKey(List<JsonNode> rounds) {
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
        return byKey;
    }

    private static Merged complete(List<JsonNode> rounds, Map<BenchmarkId, List<JsonNode>> byKey) {
        ArrayNode merged = JsonNodeFactory.instance.arrayNode();
        List<BenchmarkId> incomplete = new ArrayList<>();
        byKey.forEach((key, entries) -> {
            if (entries.size() == rounds.size()) {
                merged.add(entry(entries));
            } else {
                incomplete.add(key);
            }
        });
        return new Merged(merged, List.copyOf(incomplete));
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
