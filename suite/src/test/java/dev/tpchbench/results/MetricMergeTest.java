package dev.tpchbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class MetricMergeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Student's t, 99.95% one-sided (99.9% two-sided), 3 degrees of freedom, from a t table. */
    private static final double T_3 = 12.923978636691256;

    private static JsonNode metric(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    @Test
    void meanAndStudentTErrorOverAllRounds() throws Exception {
        JsonNode round1 = metric("{'score': 1.5, 'scoreError': 'NaN', 'scoreConfidence': [1.5, 1.5],"
                + " 'scorePercentiles': {'0.0': 1.0, '50.0': 1.5, '100.0': 2.0}, 'scoreUnit': 'ms/op', 'rawData': [[1.0, 2.0]]}");
        JsonNode round2 = metric("{'score': 3.5, 'scoreError': 'NaN', 'scoreConfidence': [3.5, 3.5],"
                + " 'scorePercentiles': {'0.0': 3.0, '50.0': 3.5, '100.0': 4.0}, 'scoreUnit': 'ms/op', 'rawData': [[3.0, 4.0]]}");

        JsonNode merged = MetricMerge.merge(List.of(round1, round2));

        assertEquals(metric("[[1.0, 2.0], [3.0, 4.0]]"), merged.get("rawData"));
        assertEquals(2.5, merged.get("score").asDouble(), 1e-12);
        // standard deviation of 1..4 is sqrt(5/3); half-width = t * sd / sqrt(4)
        double error = T_3 * Math.sqrt(5.0 / 3.0) / 2;
        assertEquals(error, merged.get("scoreError").asDouble(), 1e-9);
        assertEquals(2.5 - error, merged.get("scoreConfidence").get(0).asDouble(), 1e-9);
        assertEquals(2.5 + error, merged.get("scoreConfidence").get(1).asDouble(), 1e-9);
        assertEquals(1.0, merged.get("scorePercentiles").get("0.0").asDouble(), 1e-12);
        assertEquals(2.5, merged.get("scorePercentiles").get("50.0").asDouble(), 1e-12);
        assertEquals(4.0, merged.get("scorePercentiles").get("100.0").asDouble(), 1e-12);
        assertEquals("ms/op", merged.get("scoreUnit").asText());
    }

    /** Two forks JMH itself aggregated (results/reference, LanceWriteBenchmark customer SF 1), merged as two rounds. */
    @Test
    void reproducesJmhsOwnAggregateOfTwoForks() throws Exception {
        String percentiles = "'scorePercentiles': {'0.0': 0, '50.0': 0, '90.0': 0, '95.0': 0, '99.0': 0, '99.9': 0,"
                + " '99.99': 0, '99.999': 0, '99.9999': 0, '100.0': 0}";
        JsonNode fork1 = metric("{'score': 109.7889844, 'scoreError': 28.0, 'scoreConfidence': [0, 0], " + percentiles
                + ", 'scoreUnit': 'ms/op', 'rawData': [[121.552803, 110.472586, 106.417372, 107.986133, 102.516028]]}");
        JsonNode fork2 = metric("{'score': 107.529317, 'scoreError': 13.0, 'scoreConfidence': [0, 0], " + percentiles
                + ", 'scoreUnit': 'ms/op', 'rawData': [[109.682742, 101.455478, 107.827121, 107.073883, 111.607361]]}");

        JsonNode merged = MetricMerge.merge(List.of(fork1, fork2));

        // What JMH 1.37 wrote for these ten samples in one run of two forks.
        assertEquals(108.65915070000001, merged.get("score").asDouble(), 1e-9);
        assertEquals(8.396356184632419, merged.get("scoreError").asDouble(), 1e-9);
        assertEquals(100.26279451536759, merged.get("scoreConfidence").get(0).asDouble(), 1e-9);
        assertEquals(117.05550688463244, merged.get("scoreConfidence").get(1).asDouble(), 1e-9);
        assertEquals(101.455478, merged.get("scorePercentiles").get("0.0").asDouble(), 1e-9);
        assertEquals(107.906627, merged.get("scorePercentiles").get("50.0").asDouble(), 1e-9);
        assertEquals(120.5582588, merged.get("scorePercentiles").get("90.0").asDouble(), 1e-9);
        assertEquals(121.552803, merged.get("scorePercentiles").get("99.9").asDouble(), 1e-9);
    }

    @Test
    void countersAreSummedWithoutAnErrorAsJmhDoes() throws Exception {
        JsonNode round1 = metric("{'score': 300.0, 'scoreError': 'NaN', 'scoreConfidence': [300.0, 300.0],"
                + " 'scoreUnit': '#', 'rawData': [[150.0, 150.0]]}");
        JsonNode round2 = metric("{'score': 300.0, 'scoreError': 'NaN', 'scoreConfidence': [300.0, 300.0],"
                + " 'scoreUnit': '#', 'rawData': [[150.0, 150.0]]}");

        JsonNode merged = MetricMerge.merge(List.of(round1, round2));

        assertEquals(600.0, merged.get("score").asDouble(), 1e-12);
        assertEquals("NaN", merged.get("scoreError").asText());
        assertEquals(metric("[600.0, 600.0]"), merged.get("scoreConfidence"));
        assertEquals(metric("[[150.0, 150.0], [150.0, 150.0]]"), merged.get("rawData"));
    }

    @Test
    void oneSamplePerRoundCountIsASumAndTimeIsAMean() throws Exception {
        JsonNode count = MetricMerge.merge(List.of(
                metric("{'score': 150.0, 'scoreError': 'NaN', 'scoreUnit': '#', 'rawData': [[150.0]]}"),
                metric("{'score': 150.0, 'scoreError': 'NaN', 'scoreUnit': '#', 'rawData': [[150.0]]}")));
        JsonNode time = MetricMerge.merge(List.of(
                metric("{'score': 2.0, 'scoreError': 'NaN', 'scoreUnit': 'ms/op', 'rawData': [[2.0]]}"),
                metric("{'score': 4.0, 'scoreError': 'NaN', 'scoreUnit': 'ms/op', 'rawData': [[4.0]]}")));

        assertEquals(300.0, count.get("score").asDouble(), 1e-12);
        assertEquals(3.0, time.get("score").asDouble(), 1e-12);
    }
}
