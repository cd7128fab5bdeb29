package dev.tpchbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tpchbench.runner.ForkLauncher;

/**
 * The results kept in the repository's {@code results/reference/} still read as they did when they
 * were written, and the meta files round-trip through {@link RunMeta} with the same field names.
 */
class ReferenceResultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fields that {@code jmh:ab} adds to its sides' meta files and the runner's model does not carry. */
    private static final List<String> AB_FIELDS = List.of("ab", "git.ref", "jmh.sideJvmArgs");

    private static Path referenceDir() {
        return Path.of(System.getProperty("suite.root", ".."), "results", "reference");
    }

    private static List<Path> metaFiles() throws IOException {
        try (Stream<Path> files = Files.list(referenceDir())) {
            List<Path> metas = new ArrayList<>(files.filter(f -> f.toString().endsWith(RunReader.META_SUFFIX)).sorted()
                    .toList());
            assumeFalse(metas.isEmpty(), "no reference results in " + referenceDir());
            return metas;
        }
    }

    @Test
    void everyReferenceRunReadsWithItsMetaAndVerifiedRows() throws IOException {
        List<ResultsDirectory.RunFile> runs = new ResultsDirectory(referenceDir()).runs();
        assumeFalse(runs.isEmpty(), "no reference results in " + referenceDir());
        for (ResultsDirectory.RunFile file : runs) {
            RunResults run = file.read();
            assertTrue(run.meta().isPresent(), run.id() + " has a meta file");
            assertNotNull(run.time(), run.id());
            assertEquals(file.stem().text(), run.meta().get().runId());
            assertFalse(run.entries().isEmpty(), run.id() + " has results");
            assertEquals(run.meta().get().gate().verified(), run.entries().size(), run.id());
            for (BenchmarkResult entry : run.entries().values()) {
                assertEquals(java.util.Optional.empty(), entry.rowsProblem(), run.id() + " " + entry.key());
                assertTrue(entry.samples().length > 0, run.id() + " " + entry.key());
            }
        }
    }

    @Test
    void everyReferenceMetaWritesBackTheFieldsItWasReadFrom() throws IOException {
        for (Path file : metaFiles()) {
            JsonNode original = JSON.readTree(file.toFile());
            JsonNode written = JSON.readTree(RunMeta.read(file).json());
            JsonNode expected = withoutNulls(withoutAbFields(original.deepCopy()));
            assertEquals(expected, withoutNulls(written.deepCopy()), file.getFileName().toString());
        }
    }

    @Test
    void aMetaTheRunnerWroteIsWrittenBackByteForByte() throws IOException {
        List<Path> runnerWritten = new ArrayList<>();
        for (Path file : metaFiles()) {
            JsonNode tree = JSON.readTree(file.toFile());
            if (tree.has("runnerJdk") && !tree.has("ab")) {
                runnerWritten.add(file);
            }
        }
        assumeFalse(runnerWritten.isEmpty(), "no reference meta file from a runner that records runnerJdk");
        for (Path file : runnerWritten) {
            String written = RunMeta.read(file).json();
            if (!JSON.readTree(file.toFile()).has("profiler")) {
                // Written before profilers were recorded; the runner now writes "profiler" : null for an unprofiled run.
                written = written.replace("  \"profiler\" : null,\n", "");
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), written, file.getFileName().toString());
        }
    }

    @Test
    void aRejectionAndAnUnknownFieldSurviveReadingAsTheyShould(@TempDir Path dir) throws IOException {
        BenchmarkId id = new BenchmarkId("dev.tpchbench.bench.PipelineBenchmark.pipeline",
                Map.of("phase", "PHASE_1", "table", "customer"));
        RunMeta meta = new RunMeta(RunMeta.FORMAT_VERSION, "20261125T010000Z_abc1234_x", "2026-11-25T01:00:00Z",
                "2026-11-25T01:01:00Z", "x", "smoke", null, null, null, new RunMeta.Git("abc1234def", "abc1234", null),
                new RunMeta.Machine("Linux", "Xeon", 2, null), new RunMeta.Jdk("17", "Debian", "vm", "17+1", "/jdk", "/jdk/bin/java"),
                new RunMeta.Jdk("17", "Debian", "vm", "17+1", null, null), Map.of("jmh", "1.37"),
                new RunMeta.Jmh(List.of(".*"), null, Map.of("table", List.of("customer")), 1, null, null, 0, 1, false, true,
                        List.of(), "/jdk/bin/java", List.of("-Xmx2g"), null, ForkLauncher.DEFAULT_GLIBC_TUNABLES, "rounds", null),
                new RunMeta.Gate(2, 0, List.of(new Rejection(id, "rows: expected 1,500, actual 0")), List.of()), "FAILED");
        Path file = dir.resolve("m.meta.json");
        ObjectNode withNewField = (ObjectNode) JSON.readTree(meta.json());
        withNewField.put("profiled", true);
        ((ObjectNode) withNewField.get("machine")).put("hostname", "bench-1");
        Files.writeString(file, JSON.writeValueAsString(withNewField));

        RunMeta read = RunMeta.read(file);

        assertEquals(meta, read);
        assertEquals("{\"benchmark\":\"dev.tpchbench.bench.PipelineBenchmark.pipeline\",\"params\":{\"phase\":\"PHASE_1\","
                + "\"table\":\"customer\"},\"reason\":\"rows: expected 1,500, actual 0\"}",
                JSON.readTree(meta.json()).path("gate").path("rejected").get(0).toString());
        assertFalse(read.passed());
        assertFalse(read.gitDirty());
    }

    private static JsonNode withoutAbFields(JsonNode tree) {
        for (String path : AB_FIELDS) {
            String[] parts = path.split("\\.");
            JsonNode parent = tree;
            for (int i = 0; i < parts.length - 1; i++) {
                parent = parent.path(parts[i]);
            }
            if (parent instanceof ObjectNode object) {
                object.remove(parts[parts.length - 1]);
            }
        }
        return tree;
    }

    private static JsonNode withoutNulls(JsonNode tree) {
        if (tree instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isNull()) {
                    it.remove();
                } else {
                    withoutNulls(field.getValue());
                }
            }
        }
        return tree;
    }
}
