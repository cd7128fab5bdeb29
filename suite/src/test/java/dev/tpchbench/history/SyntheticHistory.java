package dev.tpchbench.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a history of runs in the runner's format (JMH JSON + meta) for report tests: 14 nightly
 * runs of the benchmarks the report is about, with a 30% Lance slowdown from run 8 on and a single
 * outlier run of PHASE_2 at run 5.
 */
final class SyntheticHistory {
    static final int RUNS = 14;
    static final int LANCE_SLOWDOWN_RUN = 8;
    private static final DateTimeFormatter STEM = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private SyntheticHistory() {
    }

    static String stem(int run) {
        return STEM.format(Instant.parse("2026-11-01T02:00:00Z").plusSeconds(86_400L * run)) + "_" + sha(run) + "_nightly";
    }

    static Path write(Path results) throws IOException {
        Files.createDirectories(results);
        Random random = new Random(42);
        for (int run = 0; run < RUNS; run++) {
            List<Map<String, Object>> entries = new ArrayList<>();
            for (String sf : List.of("0.01", "1")) {
                double size = "1".equals(sf) ? 100 : 1;
                entries.add(entry("PipelineBenchmark.pipeline", Map.of("phase", "PHASE_1_5", "table", "lineitem",
                        "scaleFactor", sf), 0.19 * size, random));
                entries.add(entry("PipelineBenchmark.pipeline", Map.of("phase", "PHASE_2", "table", "lineitem",
                        "scaleFactor", sf), (run == 5 ? 0.3 : 0.12) * size, random));
                entries.add(entry("ParquetWriteBenchmark.writeTable", Map.of("codec", "SNAPPY", "table", "lineitem",
                        "scaleFactor", sf), 0.15 * size, random));
                entries.add(entry("NativeParquetWriteBenchmark.writeTable", Map.of("table", "lineitem",
                        "scaleFactor", sf), 0.047 * size, random));
                entries.add(entry("LanceWriteBenchmark.writeTable", Map.of("table", "lineitem", "scaleFactor", sf),
                        (run >= LANCE_SLOWDOWN_RUN ? 0.039 : 0.03) * size, random));
            }
            String stem = stem(run);
            JSON.writerWithDefaultPrettyPrinter().writeValue(results.resolve(stem + ".json").toFile(), entries);
            JSON.writerWithDefaultPrettyPrinter().writeValue(results.resolve(stem + ".meta.json").toFile(), meta(stem, run));
        }
        return results;
    }

    private static Map<String, Object> entry(String benchmark, Map<String, String> params, double mean, Random random) {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            samples.add(mean * (1 + 0.02 * random.nextGaussian()));
        }
        double score = samples.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        Map<String, Object> primary = new LinkedHashMap<>();
        primary.put("score", score);
        primary.put("scoreError", score * 0.04);
        primary.put("scoreUnit", "s/op");
        primary.put("rawData", List.of(samples));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("benchmark", "dev.tpchbench.bench." + benchmark);
        entry.put("mode", "ss");
        entry.put("params", params);
        entry.put("primaryMetric", primary);
        entry.put("secondaryMetrics", Map.of("rowsVerified", Map.of("score", 60175.0, "scoreUnit", "#",
                "rawData", List.of(List.of(60175, 60175, 60175, 60175, 60175)))));
        return entry;
    }

    private static Map<String, Object> meta(String stem, int run) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("formatVersion", 1);
        meta.put("runId", stem);
        meta.put("label", "nightly");
        meta.put("preset", "nightly");
        meta.put("git", Map.of("sha", sha(run) + "0".repeat(33), "shortSha", sha(run), "dirty", false));
        meta.put("machine", Map.of("os", "Linux 6.1.0 amd64", "cpuModel", "Xeon", "cpuCount", 2, "memoryBytes", 25_000_000_000L));
        meta.put("jdk", Map.of("version", "17.0.15", "vendor", "Debian", "vmName", "OpenJDK 64-Bit Server VM"));
        meta.put("versions", Map.of("lance-core", "7.0.0"));
        meta.put("gate", Map.of("expected", 10, "verified", 10, "rejected", List.of(), "missing", List.of()));
        meta.put("status", "PASSED");
        return meta;
    }

    private static String sha(int run) {
        return String.format(java.util.Locale.ROOT, "%07x", 0xa1b2c00 + run * 17);
    }
}
