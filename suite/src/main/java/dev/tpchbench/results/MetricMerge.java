package dev.tpchbench.results;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.openjdk.jmh.util.ListStatistics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;


/**
 * Merges one metric (primary or secondary) of the same benchmark from several single-fork rounds into
 * what JMH would have written had the rounds been forks of one run: {@code rawData} holds each round's
 * fork arrays in round order, and score, error, confidence and percentiles are recomputed from all
 * samples with JMH's own statistics (mean with a 99.9% Student-t half-width; sums have no error).
 */
final class MetricMerge {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final double CONFIDENCE = 0.999;

    private MetricMerge() {
    }

    /** @param rounds the same metric from each round, in round order; the first one is the template */
    static ObjectNode merge(List<JsonNode> rounds) {
        ObjectNode merged = rounds.get(0).deepCopy();
        ArrayNode rawData = NODES.arrayNode();
        List<Aggregation.RoundMetric> perRound = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (JsonNode round : rounds) {
            List<Double> samples = new ArrayList<>();
            for (JsonNode fork : round.path("rawData")) {
                rawData.add(fork.deepCopy());
                fork.forEach(v -> samples.add(RunReader.number(v)));
            }
            all.addAll(samples);
            perRound.add(new Aggregation.RoundMetric(RunReader.number(round.path("score")),
                    RunReader.number(round.path("scoreError")), toArray(samples)));
        }
        double[] samples = toArray(all);
        Aggregation aggregation = Aggregation.infer(perRound, merged.path("scoreUnit").asText(""));
        ListStatistics statistics = new ListStatistics(samples);
        double score = aggregation.apply(samples);
        merged.set("score", value(score));
        if (aggregation == Aggregation.AVG) {
            merged.set("scoreError", value(statistics.getMeanErrorAt(CONFIDENCE)));
            double[] interval = statistics.getConfidenceIntervalAt(CONFIDENCE);
            merged.set("scoreConfidence", NODES.arrayNode().add(value(interval[0])).add(value(interval[1])));
        } else {
            merged.set("scoreError", value(Double.NaN));
            merged.set("scoreConfidence", NODES.arrayNode().add(value(score)).add(value(score)));
        }
        if (merged.path("scorePercentiles").isObject()) {
            ObjectNode percentiles = NODES.objectNode();
            for (Iterator<String> it = merged.path("scorePercentiles").fieldNames(); it.hasNext(); ) {
                String rank = it.next();
                percentiles.set(rank, value(statistics.getPercentile(Double.parseDouble(rank))));
            }
            merged.set("scorePercentiles", percentiles);
        }
        merged.set("rawData", rawData);
        return merged;
    }

    /** JMH writes the string "NaN" where it has no number. */
    private static JsonNode value(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? NODES.textNode("NaN") : NODES.numberNode(v);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
