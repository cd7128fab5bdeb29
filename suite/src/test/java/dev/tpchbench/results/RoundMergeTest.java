package dev.tpchbench.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;


class RoundMergeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A one-fork JMH entry of SingleShotTime with the suite's rowsVerified counter. */
    private static String entry(String table, double... samples) {
        StringBuilder raw = new StringBuilder();
        double sum = 0;
        for (double s : samples) {
            raw.append(raw.length() == 0 ? "" : ", ").append(s);
            sum += s;
        }
        String rows = "150.0, ".repeat(samples.length - 1) + "150.0";
        return "{'benchmark': 'dev.tpchbench.bench.X.write', 'mode': 'ss', 'forks': 1,"
                + " 'params': {'table': '" + table + "', 'scaleFactor': '0.01'},"
                + " 'primaryMetric': {'score': " + sum / samples.length + ", 'scoreError': 'NaN', 'scoreUnit': 'ms/op',"
                + " 'rawData': [[" + raw + "]]},"
                + " 'secondaryMetrics': {'rowsVerified': {'score': " + 150.0 * samples.length + ", 'scoreError': 'NaN',"
                + " 'scoreUnit': '#', 'rawData': [[" + rows + "]]}}}";
    }

    private static JsonNode array(String... entries) throws Exception {
        return JSON.readTree(("[" + String.join(",", entries) + "]").replace('\'', '"'));
    }

    /** The round's entries, each with one fork's canary reading. */
    private static JsonNode withCanary(JsonNode round, double cpuMillis, int samples) {
        round.forEach(e -> ((ObjectNode) e).set(CanaryReadings.FIELD,
                new CanaryReadings("w", new double[]{cpuMillis}, new int[]{samples}).toJson()));
        return round;
    }

    @Test
    void theCanaryReadingsFollowTheForksInRoundOrder() throws Exception {
        JsonNode merged = RoundMerge.merge(List.of(withCanary(array(entry("orders", 1, 2)), 5.0, 7),
                withCanary(array(entry("orders", 3, 4)), 6.0, 8)));

        CanaryReadings readings = CanaryReadings.fromEntry(merged.get(0), "test").orElseThrow();
        assertArrayEquals(new double[]{5.0, 6.0}, readings.cpuMillis());
        assertArrayEquals(new int[]{7, 8}, readings.samples());
    }

    @Test
    void noCanaryReadingsUnlessEveryRoundHasThem() throws Exception {
        JsonNode merged = RoundMerge.merge(List.of(withCanary(array(entry("orders", 1, 2)), 5.0, 7),
                array(entry("orders", 3, 4))));

        assertFalse(merged.get(0).has(CanaryReadings.FIELD), merged.toString());
    }

    @Test
    void oneEntryPerBenchmarkAndParamsWithEveryRoundsForkArray() throws Exception {
        JsonNode round1 = array(entry("customer", 1, 2), entry("orders", 10, 20));
        // JMH's order within a round may differ; entries are matched by benchmark and parameters.
        JsonNode round2 = array(entry("orders", 30, 40), entry("customer", 3, 4));

        JsonNode merged = RoundMerge.merge(List.of(round1, round2));

        assertEquals(2, merged.size());
        JsonNode customer = merged.get(0);
        assertEquals("customer", customer.at("/params/table").asText());
        assertEquals(2, customer.get("forks").asInt());
        assertEquals(JSON.readTree("[[1.0, 2.0], [3.0, 4.0]]"), customer.at("/primaryMetric/rawData"));
        assertEquals(2.5, customer.at("/primaryMetric/score").asDouble(), 1e-12);
        assertTrue(customer.at("/primaryMetric/scoreError").isNumber());
        assertEquals(JSON.readTree("[[150.0, 150.0], [150.0, 150.0]]"), customer.at("/secondaryMetrics/rowsVerified/rawData"));
        assertEquals(600.0, customer.at("/secondaryMetrics/rowsVerified/score").asDouble(), 1e-12);

        JsonNode orders = merged.get(1);
        assertEquals(JSON.readTree("[[10.0, 20.0], [30.0, 40.0]]"), orders.at("/primaryMetric/rawData"));
        assertEquals(25.0, orders.at("/primaryMetric/score").asDouble(), 1e-12);
    }

    @Test
    void roundsWithDifferentBenchmarksAreRefused() throws Exception {
        JsonNode round1 = array(entry("customer", 1, 2), entry("orders", 10, 20));
        JsonNode round2 = array(entry("customer", 3, 4));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RoundMerge.merge(List.of(round1, round2)));
        assertTrue(e.getMessage().contains("is in 1 of 2 rounds"), e.getMessage());
    }

    @Test
    void mergeCompleteLeavesOutARowSomeRoundLacksAndNamesIt() throws Exception {
        JsonNode round1 = array(entry("customer", 1, 2), entry("orders", 10, 20));
        JsonNode round2 = array(entry("customer", 3, 4));

        RoundMerge.Merged merged = RoundMerge.mergeComplete(List.of(round1, round2));

        assertEquals(1, merged.merged().size());
        assertEquals("customer", merged.merged().get(0).at("/params/table").asText());
        assertEquals(JSON.readTree("[[1.0, 2.0], [3.0, 4.0]]"), merged.merged().get(0).at("/primaryMetric/rawData"));
        assertEquals(1, merged.incomplete().size());
        assertEquals("orders", merged.incomplete().get(0).params().get("table"));
    }
}
