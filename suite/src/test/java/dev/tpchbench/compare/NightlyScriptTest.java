package dev.tpchbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/nightly} with a stand-in {@code mvn} that records its goals: which runs a nightly makes and
 * compares, with and without {@code PROF}. Nothing is built or measured.
 */
class NightlyScriptTest {
    private static final String OLD_PROF = "20261201T010000Z_aaa1111_nightly-prof";
    private static final String NEW_PROF = "20261202T010000Z_bbb2222_nightly-prof";
    private static final String OLD = "20261130T010000Z_ccc3333_nightly";
    private static final String NEW = "20261203T010000Z_ddd4444_nightly";

    @TempDir
    Path dir;
    private Path results;
    private Path calls;

    @BeforeEach
    void history() throws Exception {
        results = Files.createDirectories(dir.resolve("results"));
        for (String run : List.of(OLD_PROF, NEW_PROF, OLD, NEW)) {
            Files.writeString(results.resolve(run + ".meta.json"), "{}");
        }
        Files.createDirectories(results.resolve("baselines"));
        Files.writeString(results.resolve("baselines/release-1.json"), "[]");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        calls = dir.resolve("mvn-calls");
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/usr/bin/env bash\necho \"$*\" >> '" + calls + "'\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private List<String> nightly(Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", script().toString()).redirectErrorStream(true);
        builder.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().put("RESULTS_DIR", results.toString());
        builder.environment().put("BUILD", "none");
        builder.environment().put("RUN", "1");
        builder.environment().remove("PROF");
        builder.environment().remove("LABEL");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return Files.readAllLines(calls).stream().map(line -> line.replace("-B -q -Djmh.results=" + results + " ", ""))
                .toList();
    }

    private static Path script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("scripts/nightly"))) {
                return dir.resolve("scripts/nightly");
            }
        }
        throw new IllegalStateException("scripts/nightly not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void profiledNightlyIsLabelledApartAndComparedOnlyWithTheLastProfiledOne() throws Exception {
        List<String> goals = nightly(Map.of("PROF", "async"));
        assertEquals(List.of(
                "jmh:run -Djmh.preset=nightly -Djmh.label=nightly-prof -Djmh.prof=async",
                "jmh:compare -Djmh.baseline=" + OLD_PROF + " -Djmh.candidate=" + NEW_PROF + " -Djmh.failOnRegression=true",
                "jmh:report"), goals);
    }

    @Test
    void unprofiledNightlyNeverMeetsAProfiledRun() throws Exception {
        List<String> goals = nightly(Map.of());
        assertEquals(List.of(
                "jmh:run -Djmh.preset=nightly -Djmh.label=nightly",
                "jmh:compare -Djmh.baseline=" + OLD + " -Djmh.candidate=" + NEW + " -Djmh.failOnRegression=true",
                "jmh:compare -Djmh.baseline=baseline:release-1 -Djmh.candidate=" + NEW + " -Djmh.failOnRegression=true",
                "jmh:report"), goals);
        assertFalse(String.join("\n", goals).contains("prof"), goals.toString());
    }

    @Test
    void aLabelThatSaysProfAlreadyIsKept() throws Exception {
        List<String> goals = nightly(Map.of("PROF", "async:event=wall", "LABEL", "nightly-prof"));
        assertEquals("jmh:run -Djmh.preset=nightly -Djmh.label=nightly-prof -Djmh.prof=async:event=wall", goals.get(0));
    }
}
