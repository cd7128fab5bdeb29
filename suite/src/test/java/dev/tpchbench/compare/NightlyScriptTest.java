package dev.tpchbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

    /** The last lines of a comparison: counts, the canary's line, the forks needed, what it could see. */
    private static final List<String> COMPARE_TAIL = List.of(
            "0 faster, 0 slower, 1 no change, 2 inconclusive, 0 not compared (alpha 0.0100, min effect 5%)",
            "Adjusted for the canary: no compared row has canary readings on both sides",
            "Forks per side to see a 5% change at this spread (a planning figure: an order of magnitude): 2 "
                    + "INCONCLUSIVE row(s), which ran 2 forks per side; 2 of them need a median of 9 (6 to 12)",
            "Sensitivity: 1 of 3 compared rows could see a 5% change, 2 could not; median detectable ±8.0%");

    @TempDir
    Path dir;
    private String output;
    private Path results;
    private Path calls;
    private Path fake;

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
        // A comparison prints its closing lines, as jmh:compare does, for the nightly's summary to pick up; what
        // jmh:compare and jmh:ab print and exit with comes from files a test may replace.
        fake = dir.resolve("fake");
        Files.createDirectories(fake);
        Files.write(fake.resolve("compare.txt"), COMPARE_TAIL);
        Files.writeString(fake.resolve("compare.rc"), "0");
        Files.writeString(fake.resolve("ab.txt"), "");
        Files.writeString(fake.resolve("ab.rc"), "0");
        Files.writeString(mvn, "#!/usr/bin/env bash\necho \"$*\" >> '" + calls + "'\n"
                + "for goal in compare ab; do if [[ \" $* \" == *\" jmh:$goal \"* ]]; then cat '" + fake + "'/$goal.txt; "
                + "exit \"$(cat '" + fake + "'/$goal.rc)\"; fi; done\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private List<String> nightly(Map<String, String> env) throws Exception {
        return nightly(env, 0);
    }

    private List<String> nightly(Map<String, String> env, int exitStatus) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", script().toString()).redirectErrorStream(true);
        builder.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().put("RESULTS_DIR", results.toString());
        builder.environment().put("BUILD", "none");
        builder.environment().put("RUN", "1");
        builder.environment().remove("PROF");
        builder.environment().remove("LABEL");
        builder.environment().remove("CONFIRM");
        builder.environment().putAll(env);
        Process process = builder.start();
        output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(exitStatus, process.waitFor(), output);
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
                "jmh:report -Djmh.label=nightly"), goals);
    }

    @Test
    void unprofiledNightlyNeverMeetsAProfiledRun() throws Exception {
        List<String> goals = nightly(Map.of());
        assertEquals(List.of(
                "jmh:run -Djmh.preset=nightly -Djmh.label=nightly",
                "jmh:compare -Djmh.baseline=" + OLD + " -Djmh.candidate=" + NEW + " -Djmh.failOnRegression=true",
                "jmh:compare -Djmh.baseline=baseline:release-1 -Djmh.candidate=" + NEW + " -Djmh.failOnRegression=true",
                "jmh:report -Djmh.label=nightly"), goals);
        assertFalse(String.join("\n", goals).contains("prof"), goals.toString());
    }

    @Test
    void aLabelThatSaysProfAlreadyIsKept() throws Exception {
        List<String> goals = nightly(Map.of("PROF", "async:event=wall", "LABEL", "nightly-prof"));
        assertEquals("jmh:run -Djmh.preset=nightly -Djmh.label=nightly-prof -Djmh.prof=async:event=wall", goals.get(0));
    }

    @Test
    void theSummarySaysWhatEachComparisonCouldSeeAndWhatFivePercentWouldCost() throws Exception {
        nightly(Map.of());
        String summary = output.substring(output.indexOf("== summary"));
        for (String line : List.of(COMPARE_TAIL.get(0), COMPARE_TAIL.get(2), COMPARE_TAIL.get(3))) {
            assertTrue(summary.contains("\n  " + line + "\n"), summary);
        }
        assertFalse(summary.contains(COMPARE_TAIL.get(1)), "the canary's line stays in the comparison: " + summary);
        assertTrue(summary.contains("note: 2 row(s) INCONCLUSIVE"), summary);
    }

    /** jmh:compare found a SLOWER row and printed the command that re-runs it; the pinned baseline is left out. */
    private void slowerRow(String confirmLine) throws IOException {
        Files.deleteIfExists(results.resolve("baselines/release-1.json"));
        Files.write(fake.resolve("compare.txt"), List.of(
                "LanceWriteBenchmark.writeTable  table=orders  1.0  1.2  1.200 [1.100, 1.300]  SLOWER",
                "0 faster, 1 slower, 0 no change, 0 inconclusive, 0 not compared (alpha 0.0100, min effect 5%)",
                confirmLine));
        Files.writeString(fake.resolve("compare.rc"), "1");
    }

    private static final String CONFIRM = "Confirm interleaved: mvn jmh:ab '-Djmh.baseline=ccc3333' "
            + "'-Djmh.candidate=ddd4444' '-Djmh.include=^dev\\.LanceWriteBenchmark\\.writeTable$' "
            + "'-Djmh.params=scaleFactor=1;table=orders' '-Djmh.forks=8' '-Djmh.alpha=0.10' '-Djmh.label=confirm'";
    private static final String RERUN = "jmh:ab -Djmh.baseline=ccc3333 -Djmh.candidate=ddd4444 "
            + "-Djmh.include=^dev\\.LanceWriteBenchmark\\.writeTable$ -Djmh.params=scaleFactor=1;table=orders "
            + "-Djmh.forks=8 -Djmh.alpha=0.10 -Djmh.label=confirm";

    @Test
    void aSlowerRowTheInterleavedReRunDoesNotConfirmDoesNotFailTheNightly() throws Exception {
        slowerRow(CONFIRM);
        Files.write(fake.resolve("ab.txt"), List.of(
                "LanceWriteBenchmark.writeTable  table=orders  1.0 ± 0.1 s/op  1.01 ± 0.1 s/op  1.010 [0.950, 1.070]  +1.0%  0.80  "
                        + "±6.0% by fork  INCONCLUSIVE (could see ±6.0% by fork; about 9 forks per side would see 5%)",
                "0 faster, 0 slower, 0 no change, 1 inconclusive, 0 not compared (alpha 0.100, min effect 5%)"));
        List<String> goals = nightly(Map.of(), 0);
        assertEquals(RERUN, goals.get(2), "the printed command, unquoted, one argument per word: " + goals);
        String summary = output.substring(output.indexOf("== summary"));
        assertTrue(summary.contains("  re-run interleaved: " + RERUN.substring("jmh:ab ".length())), summary);
        assertTrue(summary.contains("\n    LanceWriteBenchmark.writeTable  table=orders  1.0 ± 0.1 s/op  1.01 ± 0.1 s/op  1.010 "
                + "[0.950, 1.070]  +1.0%  0.80  ±6.0% by fork  INCONCLUSIVE (could see ±6.0% by fork; about 9 forks per side "
                + "would see 5%)\n    not confirmed: the nightly does not fail on it"), summary);
    }

    @Test
    void aSlowerRowTheReRunConfirmsFailsTheNightly() throws Exception {
        slowerRow(CONFIRM);
        Files.write(fake.resolve("ab.txt"), List.of(
                "0 faster, 1 slower, 0 no change, 0 inconclusive, 0 not compared (alpha 0.100, min effect 5%)"));
        Files.writeString(fake.resolve("ab.rc"), "0");
        nightly(Map.of(), 1);
        assertTrue(output.contains("nightly FAILED: compare previous: a SLOWER row confirmed by the interleaved re-run"), output);
        assertTrue(output.contains("CONFIRMED SLOWER"), output);
    }

    @Test
    void aReRunThatDoesNotFinishFailsTheNightly() throws Exception {
        slowerRow(CONFIRM);
        Files.writeString(fake.resolve("ab.txt"), "jmh:ab: the baseline revision ccc3333 does not build\n");
        Files.writeString(fake.resolve("ab.rc"), "1");
        nightly(Map.of(), 1);
        assertTrue(output.contains("the interleaved re-run of a SLOWER row did not complete"), output);
    }

    @Test
    void withoutConfirmOrARevisionToBuildTheSlowerRowFailsTheNightly() throws Exception {
        slowerRow(CONFIRM);
        List<String> goals = nightly(Map.of("CONFIRM", "0"), 1);
        assertFalse(goals.stream().anyMatch(g -> g.startsWith("jmh:ab")), goals.toString());

        slowerRow("Confirm interleaved: not possible: the candidate run c was made from a modified working tree");
        Files.delete(calls);
        goals = nightly(Map.of(), 1);
        assertFalse(goals.stream().anyMatch(g -> g.startsWith("jmh:ab")), goals.toString());
        assertTrue(output.contains("a SLOWER row that cannot be re-run interleaved: not possible: the candidate run c"), output);
    }
}
