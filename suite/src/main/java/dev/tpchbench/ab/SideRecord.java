package dev.tpchbench.ab;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tpchbench.results.AtomicFiles;
import dev.tpchbench.results.BenchmarkResult;
import dev.tpchbench.results.MarkdownTable;
import dev.tpchbench.results.Numbers;
import dev.tpchbench.results.ResultsFormatException;
import dev.tpchbench.results.RoundMerge;
import dev.tpchbench.results.RunReader;

/**
 * One side's merged rounds as an ordinary run in results/: {@code <UTC>_<sha>_<label>.json} (JMH's
 * JSON), {@code .summary.md} and {@code .meta.json}, the metadata written last as the runner does.
 */
final class SideRecord {
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    final String runId;
    final ArrayNode results;
    final ObjectNode meta;

    private SideRecord(String runId, ArrayNode results, ObjectNode meta) {
        this.runId = runId;
        this.results = results;
        this.meta = meta;
    }

    /**
     * @param rounds  this side's rounds, in round order (all passed their gate)
     * @param abInfo  what both sides share: refs, schedule, rounds
     */
    static SideRecord of(Side side, Revision revision, String label, Instant started, List<RoundRunner.RoundResult> rounds,
            List<String> sideJvmArgs, Map<String, Object> abInfo) {
        String runId = RUN_TIME.format(started) + "_" + revision.shortSha() + "_" + label;
        List<JsonNode> arrays = new ArrayList<>();
        rounds.forEach(r -> arrays.add(r.results()));
        ArrayNode merged = RoundMerge.merge(arrays);

        ObjectNode meta = rounds.get(0).meta().deepCopy();
        meta.put("runId", runId);
        meta.put("startedUtc", started.toString());
        meta.put("finishedUtc", Instant.now().toString());
        meta.put("label", label);
        ObjectNode git = meta.putObject("git");
        git.put("sha", revision.sha());
        git.put("shortSha", revision.shortSha());
        git.put("dirty", revision.dirty());
        git.put("ref", revision.ref());
        ObjectNode jmh = object(meta, "jmh");
        jmh.put("forks", rounds.size());
        jmh.put("interleaved", true);
        jmh.set("sideJvmArgs", JSON.valueToTree(sideJvmArgs));
        ObjectNode ab = JSON.valueToTree(abInfo);
        ab.put("side", side.word());
        ArrayNode roundRuns = ab.putArray("roundRuns");
        rounds.forEach(r -> roundRuns.add(r.meta().path("runId").asText()));
        meta.set("ab", ab);
        ObjectNode gate = object(meta, "gate");
        gate.put("verified", merged.size());
        gate.putArray("rejected");
        gate.putArray("missing");
        meta.put("status", "PASSED");
        return new SideRecord(runId, merged, meta);
    }

    private static ObjectNode object(ObjectNode parent, String name) {
        return parent.path(name).isObject() ? (ObjectNode) parent.get(name) : parent.putObject(name);
    }

    /** Writes the three files into {@code dir}; returns the results file. */
    Path write(Path dir) throws IOException {
        Path json = dir.resolve(runId + ".json");
        AtomicFiles.writeString(json, JSON.writeValueAsString(results));
        AtomicFiles.writeString(dir.resolve(runId + ".summary.md"), summary());
        // Last: a run without metadata was interrupted and is not complete.
        AtomicFiles.writeString(dir.resolve(runId + ".meta.json"), JSON.writeValueAsString(meta));
        return json;
    }

    String summary() throws ResultsFormatException {
        StringBuilder out = new StringBuilder("# Run " + runId + "\n\n");
        out.append(String.format(Locale.ROOT, "A/B side %s: %s, %d interleaved rounds (one fork each, order %s).%n%n",
                meta.path("ab").path("side").asText(), meta.path("git").path("ref").asText(),
                meta.path("jmh").path("forks").asInt(), meta.path("ab").path("order").asText()));
        MarkdownTable table = new MarkdownTable("benchmark", "params", "score", "± error", "unit", "samples",
                "rows verified").rightAligned(2, 3, 5, 6);
        for (JsonNode entry : results) {
            BenchmarkResult result = RunReader.result(entry, runId);
            List<Double> rows = result.rowsVerified();
            table.row(result.key().shortName(), result.key().paramsText(" "), number(result.score()),
                    Double.isNaN(result.scoreError()) ? "n/a" : "± " + number(result.scoreError()), result.unit(),
                    String.valueOf(result.samples().length),
                    rows.isEmpty() || rows.get(0).isNaN() ? "-" : Numbers.grouped(rows.get(0), 0));
        }
        return out.append(table.render()).toString();
    }

    private static String number(double value) {
        return Math.abs(value) >= 100 ? Numbers.grouped(value, 1) : Numbers.fixed(value, 3);
    }
}
