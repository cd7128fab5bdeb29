package dev.tpchbench.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tpchbench.output.RunLeftovers;

/**
 * Runs stopped part way, by signal: they must lose nothing already saved, leave nothing that looks
 * like a complete run (the compare tools treat a results file without its meta as unverifiable),
 * leave no forks running, and leave no scratch folder behind for good.
 */
class FaultInterruptedRunIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Long enough to be interrupted: each iteration is a small Lance write plus its read-back check. */
    private static final String LONG_RUN_ITERATIONS = "2000";

    private static SuiteProcess startLongRun(Path dir) throws Exception {
        SuiteProcess run = SuiteProcess.start(dir, SuiteProcess.knobs(dir, "jmh.include", "LanceWriteBenchmark",
                "jmh.params", "table=customer;scaleFactor=0.01", "jmh.iterations", LONG_RUN_ITERATIONS));
        run.awaitOutput("Iteration   5:", 90);
        return run;
    }

    @Test
    void sigintLeavesNoResultsNoForksNoScratch(@TempDir Path dir) throws Exception {
        EarlierResults earlier = EarlierResults.seed(dir.resolve("results"));
        SuiteProcess run = startLongRun(dir);
        List<ProcessHandle> forks = run.process.descendants().toList();
        assertFalse(forks.isEmpty(), "a JMH fork is running");

        SuiteProcess.signal("INT", run.process.pid());
        SuiteProcess.Finished finished = run.waitFor(1);

        assertNotEquals(0, finished.exitCode(), finished.output());
        earlier.assertUntouchedAndAlone();
        assertAllExited(forks);
        assertEquals(List.of(), scratchFolders(dir), "the shutdown hook removed the scratch folder");
    }

    @Test
    void aKilledRunnersScratchIsRemovedByTheNextRun(@TempDir Path dir) throws Exception {
        EarlierResults earlier = EarlierResults.seed(dir.resolve("results"));
        SuiteProcess run = startLongRun(dir);
        List<ProcessHandle> forks = run.process.descendants().toList();

        SuiteProcess.signal("KILL", run.process.pid());
        run.waitFor(1);

        assertAllExited(forks);
        earlier.assertUntouchedAndAlone();
        assertEquals(1, scratchFolders(dir).size(), "no hook runs on SIGKILL: the scratch folder is left");

        SuiteProcess.Finished next = SuiteProcess.run(dir, SuiteProcess.knobs(dir, "jmh.include",
                "TpchGenerateBenchmark", "jmh.params", "table=nation"), 3);
        assertEquals(0, next.exitCode(), next.output());
        assertTrue(next.output().contains("Removed 1 scratch folder(s) left by interrupted runs"), next.output());
        assertEquals(List.of(), scratchFolders(dir));
        earlier.assertUntouched();
    }

    @Test
    void aKilledForkIsMissingAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        EarlierResults earlier = EarlierResults.seed(dir.resolve("results"));
        SuiteProcess run = SuiteProcess.start(dir, SuiteProcess.knobs(dir, "jmh.include", "LanceWriteBenchmark",
                "jmh.params", "table=customer;scaleFactor=0.01,0.005", "jmh.iterations", "100"));
        run.awaitOutput("Iteration   3:", 90);
        List<ProcessHandle> forks = run.process.descendants().toList();
        assertEquals(1, forks.size(), "one fork at a time");

        SuiteProcess.signal("KILL", forks.get(0).pid());
        SuiteProcess.Finished finished = run.waitFor(3);

        assertEquals(1, finished.exitCode(), finished.output());
        earlier.assertUntouched();
        Path meta = onlyAdded(earlier, ".meta.json", dir);
        JsonNode gate = JSON.readTree(meta.toFile()).path("gate");
        assertEquals(1, gate.path("missing").size(), gate.toString());
        assertEquals(1, gate.path("verified").asInt(), "the other fork still ran and verified: " + gate);
        JsonNode results = JSON.readTree(onlyAdded(earlier, "_test.json", dir).toFile());
        assertEquals(1, results.size());
        assertNotEquals(gate.path("missing").get(0).path("params").path("scaleFactor").asText(),
                results.get(0).path("params").path("scaleFactor").asText(), "the killed fork has no score");
        assertEquals(List.of(), scratchFolders(dir));
    }

    private static void assertAllExited(List<ProcessHandle> forks) throws Exception {
        for (ProcessHandle fork : forks) {
            try {
                fork.onExit().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                fork.destroyForcibly();
                throw new AssertionError("fork " + fork.pid() + " outlived its runner by 30 s");
            }
        }
    }

    private static List<Path> scratchFolders(Path dir) throws Exception {
        Path scratch = dir.resolve("scratch");
        if (!Files.isDirectory(scratch)) {
            return List.of();
        }
        return RunLeftovers.in(scratch);
    }

    private static Path onlyAdded(EarlierResults earlier, String suffix, Path dir) throws Exception {
        List<String> added = earlier.added().stream().filter(n -> n.endsWith(suffix)).toList();
        assertEquals(1, added.size(), added.toString());
        return dir.resolve("results").resolve(added.get(0));
    }
}
