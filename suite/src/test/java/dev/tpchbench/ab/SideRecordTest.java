package dev.tpchbench.ab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class SideRecordTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void theSummaryHasOneRowPerBenchmarkWithItsPooledSamples() throws Exception {
        JsonNode results = json("[{'benchmark': 'dev.tpchbench.bench.LanceWriteBenchmark.writeTable', 'mode': 'ss',"
                + " 'params': {'table': 'customer', 'scaleFactor': '0.01'},"
                + " 'primaryMetric': {'score': 1234.5, 'scoreError': 'NaN', 'scoreUnit': 'ms/op', 'rawData': [[1234.5]]},"
                + " 'secondaryMetrics': {'rowsVerified': {'rawData': [[1500.0]]}}}]");
        JsonNode meta = json("{'runId': 'round-1', 'jmh': {}, 'gate': {}}");
        List<RoundRunner.RoundResult> rounds = List.of(
                new RoundRunner.RoundResult(new Round(1, Side.CANDIDATE), results, meta),
                new RoundRunner.RoundResult(new Round(2, Side.CANDIDATE), results, meta));

        String summary = SideRecord.of(Side.CANDIDATE, new Revision("HEAD", "abcdef0123", false, false), "ab-candidate",
                Instant.parse("2026-11-25T01:00:00Z"), rounds, List.of(), Map.of("order", "ABBA")).summary();

        assertEquals("# Run 20261125T010000Z_abcdef0_ab-candidate\n\n"
                + "A/B side candidate: HEAD, 2 interleaved rounds (one fork each, order ABBA).\n\n"
                + "| benchmark | params | score | ± error | unit | samples | rows verified |\n"
                + "|---|---|--:|--:|---|--:|--:|\n"
                + "| LanceWriteBenchmark.writeTable | scaleFactor=0.01 table=customer | 1,234.5 | n/a | ms/op | 2 | 1,500 |\n",
                summary);
    }
}
