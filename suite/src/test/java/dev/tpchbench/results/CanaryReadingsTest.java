package dev.tpchbench.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class CanaryReadingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void roundTripsThroughAResultEntryWithAForkWithoutSamplesAsNull() throws Exception {
        CanaryReadings readings = new CanaryReadings("w", new double[]{5.1, Double.NaN}, new int[]{7, 0});
        ObjectNode entry = JSON.createObjectNode();
        entry.set(CanaryReadings.FIELD, readings.toJson());

        JsonNode written = JSON.readTree(JSON.writeValueAsString(entry));
        assertTrue(written.at("/canary/cpuMillis/1").isNull());
        CanaryReadings read = CanaryReadings.fromEntry(written, "test").orElseThrow();
        assertEquals("w", read.work());
        assertArrayEquals(new double[]{5.1, Double.NaN}, read.cpuMillis());
        assertArrayEquals(new int[]{7, 0}, read.samples());
        assertEquals(0, read.fewestSamples());
    }

    @Test
    void anEntryWithoutThemHasNoneAndBrokenOnesAreRefused() throws Exception {
        assertTrue(CanaryReadings.fromEntry(JSON.readTree("{}"), "test").isEmpty());
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> CanaryReadings.fromEntry(
                JSON.readTree("{\"canary\": {\"work\": \"w\", \"cpuMillis\": [1.0], \"samples\": []}}"), "f.json"));
        assertTrue(e.getMessage().startsWith("f.json: "), e.getMessage());
    }

    @Test
    void laterRoundsFollowInOrderAndOnlyForTheSameWork() {
        CanaryReadings first = new CanaryReadings("w", new double[]{1}, new int[]{3});
        CanaryReadings both = first.then(new CanaryReadings("w", new double[]{2, 3}, new int[]{4, 5}));
        assertArrayEquals(new double[]{1, 2, 3}, both.cpuMillis());
        assertArrayEquals(new int[]{3, 4, 5}, both.samples());
        assertThrows(IllegalArgumentException.class, () -> first.then(new CanaryReadings("v", new double[]{1}, new int[]{1})));
    }

    @Test
    void theSpreadBetweenForksIsTheSdOfTheLogsLeavingOutForksWithoutSamples() {
        // Each fork 10 % slower than the one before: logs ln(1.1) apart, so their sd is ln(1.1).
        CanaryReadings steps = new CanaryReadings("w", new double[]{5, 5.5, Double.NaN, 6.05}, new int[]{4, 4, 0, 4});
        assertEquals(Math.log(1.1), steps.forkSpread().orElseThrow(), 1e-12);
        assertEquals(0, new CanaryReadings("w", new double[]{7, 7, 7}, new int[]{3, 3, 3}).forkSpread().orElseThrow());
        assertTrue(new CanaryReadings("w", new double[]{7, Double.NaN}, new int[]{3, 0}).forkSpread().isEmpty());
    }
}
