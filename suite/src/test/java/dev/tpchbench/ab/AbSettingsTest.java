package dev.tpchbench.ab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class AbSettingsTest {
    private static Properties knobs(String... pairs) {
        Properties p = new Properties();
        p.setProperty("suite.root", ".");
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    @Test
    void defaultsCompareTheWorkingTreeWithHead() throws Exception {
        AbSettings settings = AbSettings.from(knobs());
        assertEquals("HEAD", settings.ref(Side.BASELINE));
        assertEquals(Revision.WORKTREE, settings.ref(Side.CANDIDATE));
        assertEquals("ab-baseline", settings.label(Side.BASELINE));
        assertEquals("ab-candidate", settings.label(Side.CANDIDATE));
        assertEquals(2, settings.rounds, "quick has one fork; A/B needs two rounds at least");
        assertEquals(3, AbSettings.from(knobs("jmh.preset", "nightly")).rounds, "the nightly's three forks");
        assertEquals(5, AbSettings.from(knobs("jmh.forks", "5")).rounds);
    }

    @Test
    void eachRoundRunsOneForkOfItsSideWithTheUsersRunnerKnobs() throws Exception {
        AbSettings settings = AbSettings.from(knobs("jmh.baseline", "main", "jmh.label", "phase2",
                "jmh.preset", "smoke", "jmh.include", "Pipeline.*", "jmh.forks", "3", "jmh.alpha", "0.05",
                "jmh.jvmArgsAppend", "-Xss2m", "jmh.candidateJvmArgs", "-Dtpchbench.plantedChange=2.0"));
        List<String> candidate = new RoundRunner(settings).command(new Round(2, Side.CANDIDATE), "CP", Path.of("/src"),
                Path.of("/out"));
        List<String> baseline = new RoundRunner(settings).command(new Round(2, Side.BASELINE), "CP", Path.of("/src"),
                Path.of("/out"));

        assertTrue(candidate.contains("-Djmh.preset=smoke"), candidate.toString());
        assertTrue(candidate.contains("-Djmh.include=Pipeline.*"), candidate.toString());
        assertTrue(candidate.contains("-Djmh.forks=1"), candidate.toString());
        assertTrue(candidate.contains("-Djmh.label=phase2-candidate"), candidate.toString());
        assertTrue(candidate.contains("-Djmh.results=/out"), candidate.toString());
        assertTrue(candidate.contains("-Dsuite.root=/src"), candidate.toString());
        assertTrue(candidate.contains("-Djmh.jvmArgsAppend=-Xss2m -Dtpchbench.plantedChange=2.0"), candidate.toString());
        assertTrue(baseline.contains("-Djmh.jvmArgsAppend=-Xss2m"), baseline.toString());
        assertEquals(List.of("-cp", "CP", RoundRunner.RUNNER_MAIN), candidate.subList(candidate.size() - 3, candidate.size()));
        for (String own : List.of("-Djmh.baseline", "-Djmh.alpha", "-Djmh.forks=3", "-Djmh.candidateJvmArgs",
                "-Djmh.label=phase2 ")) {
            assertFalse(candidate.stream().anyMatch(a -> a.startsWith(own)), own + " is not a runner knob: " + candidate);
        }
    }

    @Test
    void badComparisonKnobsFailBeforeAnyBuild() {
        AbException alpha = assertThrows(AbException.class, () -> AbSettings.from(knobs("jmh.alpha", "high")));
        assertEquals(2, alpha.exitCode());
        assertTrue(alpha.getMessage().contains("-Djmh.alpha must be a number"), alpha.getMessage());
        AbException flag = assertThrows(AbException.class, () -> AbSettings.from(knobs("jmh.failOnRegression", "yes")));
        assertTrue(flag.getMessage().contains("must be true or false"), flag.getMessage());
        AbException label = assertThrows(AbException.class, () -> AbSettings.from(knobs("jmh.label", "my label")));
        assertTrue(label.getMessage().contains("jmh.label must be"), label.getMessage());
    }

    @Test
    void aProfilerIsRefusedBeforeAnyBuild() throws Exception {
        AbException prof = assertThrows(AbException.class, () -> AbSettings.from(knobs("jmh.prof", "async")));
        assertEquals(2, prof.exitCode());
        assertTrue(prof.getMessage().startsWith("-Djmh.prof='async' is refused: jmh:ab compares timings"),
                prof.getMessage());
        assertTrue(prof.getMessage().contains("mvn jmh:run -Djmh.prof=async"), prof.getMessage());
        // blank is no profiler, as for jmh:run
        assertEquals(2, AbSettings.from(knobs("jmh.prof", " ")).rounds);
    }
}
