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
        Optional<RunMeta> meta = Files.isRegularFile(metaFile) ? Optional.of(RunMeta.read(metaFile)) : Optional.empty();
        SortedMap<BenchmarkId, BenchmarkResult> entries = new TreeMap<>();
        for (JsonNode entry : parse(jsonFile)) {
            BenchmarkResult result = result(entry, jsonFile.toString());
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

    /** A whole JSON file, refused with the file's name when it is empty or not JSON (a truncated write). */
    static JsonNode parse(Path file) throws IOException {
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

    /**
     * One entry of JMH's result array, typed.
     *
     * @param source where the entry comes from, for the error message
     */
    public static BenchmarkResult result(JsonNode entry, String source) throws ResultsFormatException {
        String benchmark = entry.path("benchmark").asText(null);
        JsonNode primary = entry.path("primaryMetric");
        if (benchmark == null || !primary.isObject()) {
            throw new ResultsFormatException(source + ": an entry has no benchmark or primaryMetric", null);
        }
        BenchmarkId key = id(entry);
        List<double[]> forks = new ArrayList<>();
        for (JsonNode fork : primary.path("rawData")) {
            double[] samples = new double[fork.size()];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = number(fork.get(i));
            }
            forks.add(samples);
        }
        Map<String, List<Double>> secondary = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = entry.path("secondaryMetrics").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> metric = it.next();
            secondary.put(metric.getKey(), List.copyOf(flatten(metric.getValue().path("rawData"))));
        }
        return new BenchmarkResult(key, entry.path("mode").asText(""), number(primary.path("score")),
                number(primary.path("scoreError")), primary.path("scoreUnit").asText(""), forks, secondary,
                CanaryReadings.fromEntry(entry, source));
    }

    /** The benchmark x parameter set of one entry of JMH's result array. */
    public static BenchmarkId id(JsonNode entry) {
        return new BenchmarkId(entry.path("benchmark").asText(), strings(entry.path("params")));
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

    /** A number of JMH's JSON; JMH writes "NaN" (a string) where it has no number. */
    public static double number(JsonNode node) {
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
