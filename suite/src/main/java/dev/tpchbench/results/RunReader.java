package dev.tpchbench.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a JMH JSON result file and the runner's meta file beside it. */
public final class RunReader {
    public static final String META_SUFFIX = ".meta.json";
    public static final String JSON_SUFFIX = ".json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunReader() {
    }

    /** The meta file that belongs to a result file: {@code x.json} -> {@code x.meta.json}. */
    public static Path metaFileOf(Path jsonFile) {
        String name = jsonFile.getFileName().toString();
        String stem = name.substring(0, name.length() - JSON_SUFFIX.length());
        return jsonFile.resolveSibling(stem + META_SUFFIX);
    }

    /** @param id the run stem or {@code baseline:<name>} */
    public static RunResults read(String id, Path jsonFile) throws IOException {
        Path metaFile = metaFileOf(jsonFile);
        Optional<RunMeta> meta = Files.isRegularFile(metaFile) ? Optional.of(readMeta(metaFile)) : Optional.empty();
        SortedMap<BenchmarkKey, BenchmarkResult> entries = new TreeMap<>();
        for (JsonNode entry : parse(jsonFile)) {
            BenchmarkResult result = entry(entry, jsonFile);
            entries.put(result.key(), result);
        }
        return new RunResults(id, jsonFile, startTime(id, meta), meta, entries);
    }

    private static Instant startTime(String id, Optional<RunMeta> meta) {
        Optional<RunStem> stem = RunStem.parse(id).or(() -> meta.flatMap(m -> RunStem.parse(m.runId())));
        if (stem.isPresent()) {
            return stem.get().startedUtc();
        }
        try {
            return meta.map(m -> Instant.parse(m.startedUtc())).orElse(null);
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    private static JsonNode parse(Path file) throws IOException {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || root.isMissingNode() || (!root.isArray() && !root.isObject())) {
                throw new ResultsFormatException(file + ": empty or not a JSON document", null);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new ResultsFormatException(file + ": not valid JSON (truncated?): " + e.getOriginalMessage(), e);
        }
    }

    private static BenchmarkResult entry(JsonNode entry, Path file) throws ResultsFormatException {
        String benchmark = entry.path("benchmark").asText(null);
        JsonNode primary = entry.path("primaryMetric");
        if (benchmark == null || !primary.isObject()) {
            throw new ResultsFormatException(file + ": an entry has no benchmark or primaryMetric", null);
        }
        BenchmarkKey key = BenchmarkKey.of(benchmark, strings(entry.path("params")));
        double[] samples = flatten(primary.path("rawData")).stream().mapToDouble(Double::doubleValue).toArray();
        List<Double> rows = flatten(entry.path("secondaryMetrics").path("rowsVerified").path("rawData"));
        return new BenchmarkResult(key, entry.path("mode").asText(""), number(primary.path("score")),
                number(primary.path("scoreError")), primary.path("scoreUnit").asText(""), samples, rows);
    }

    static RunMeta readMeta(Path metaFile) throws IOException {
        JsonNode m = parse(metaFile);
        JsonNode machine = m.path("machine");
        JsonNode jdk = m.path("jdk");
        JsonNode gate = m.path("gate");
        return new RunMeta(m.path("runId").asText(""), m.path("startedUtc").asText(null),
                m.path("label").asText(""), m.path("preset").asText(""),
                m.path("git").path("sha").asText(""), m.path("git").path("shortSha").asText(""),
                m.path("git").path("dirty").asBoolean(false),
                new RunMeta.Machine(machine.path("os").asText(""), machine.path("cpuModel").asText(""),
                        machine.path("cpuCount").asInt(0), machine.path("memoryBytes").asLong(0)),
                jdk.path("version").asText(""), jdk.path("vendor").asText(""),
                strings(m.path("versions")), jmhSettings(m.path("jmh")),
                gate.path("expected").asInt(0), gate.path("verified").asInt(0),
                issues(gate.path("rejected")), issues(gate.path("missing")),
                m.path("status").asText(""), m.path("profiler").isTextual() ? m.path("profiler").asText() : "");
    }

    /** Forks and iteration counts, which decide how much the samples can be trusted. */
    private static String jmhSettings(JsonNode jmh) {
        if (jmh.isMissingNode()) {
            return "";
        }
        return "forks=" + jmh.path("forks").asText("?") + " warmup=" + jmh.path("warmupIterations").asText("?")
                + " iterations=" + jmh.path("measurementIterations").asText("?");
    }

    private static List<GateIssue> issues(JsonNode list) {
        List<GateIssue> issues = new ArrayList<>();
        for (JsonNode issue : list) {
            issues.add(new GateIssue(BenchmarkKey.of(issue.path("benchmark").asText(""), strings(issue.path("params"))),
                    issue.path("reason").asText("")));
        }
        return issues;
    }

    /** A JSON object of scalar values, as text. */
    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            map.put(field.getKey(), field.getValue().asText());
        }
        return map;
    }

    private static List<Double> flatten(JsonNode forks) {
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : forks) {
            for (JsonNode value : fork) {
                values.add(number(value));
            }
        }
        return values;
    }

    /** JMH writes "NaN" (a string) where it has no number. */
    private static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        try {
            return Double.parseDouble(node.asText("NaN"));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
