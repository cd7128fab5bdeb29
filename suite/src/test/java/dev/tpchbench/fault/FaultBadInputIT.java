package dev.tpchbench.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad knobs, given to {@code SuiteRunnerMain} as a user would: exit status 2, a message that says
 * what is wrong, no JMH started, no scratch folder made, and the earlier results untouched.
 */
class FaultBadInputIT {
    @TempDir
    Path dir;

    private void refused(String expectedMessage, String... knobs) throws Exception {
        EarlierResults earlier = EarlierResults.seed(dir.resolve("results"));
        SuiteProcess.Finished run = SuiteProcess.run(dir, SuiteProcess.knobs(dir, knobs), 2);
        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains(expectedMessage), "expected '" + expectedMessage + "' in:\n" + run.output());
        assertFalse(run.output().contains("# JMH version"), "no benchmark started:\n" + run.output());
        assertFalse(Files.exists(dir.resolve("scratch")) && Files.list(dir.resolve("scratch")).findAny().isPresent(),
                "no scratch folder made");
        earlier.assertUntouchedAndAlone();
    }

    @Test
    void unknownTable() throws Exception {
        refused("unknown table 'nations'", "jmh.params", "table=nations");
    }

    @Test
    void unknownPreset() throws Exception {
        refused("unknown preset 'fast'; accepted: smoke, quick, nightly", "jmh.preset", "fast");
    }

    @Test
    void unknownPhase() throws Exception {
        refused("unknown phase 'PHASE_4'", "jmh.include", "PipelineBenchmark", "jmh.params", "phase=PHASE_4");
    }

    @Test
    void scaleFactorNotAPositiveNumber() throws Exception {
        refused("scaleFactor must be a number > 0 (e.g. 0.01, 1, 10), got '0'", "jmh.params", "scaleFactor=0");
        refused("got '-1'", "jmh.params", "scaleFactor=-1");
        refused("scaleFactor must be a number > 0 (e.g. 0.01, 1, 10), got 'one'", "jmh.params", "scaleFactor=one");
    }

    @Test
    void batchRowsNotPositive() throws Exception {
        refused("batchRows must be a whole number > 0 (e.g. 1024, 65536), got '0'", "jmh.params", "batchRows=0");
        refused("got '-5'", "jmh.params", "batchRows=-5");
    }

    @Test
    void resultsFolderNotWritable() throws Exception {
        // As root, permissions do not stop a write; a file where the folder should be does.
        Path file = Files.writeString(dir.resolve("results-file"), "an earlier file");
        refused("-Djmh.results=DIR", "jmh.results", file.toString());
        assertEquals("an earlier file", Files.readString(file));
    }

    @Test
    void faultBenchmarkWithoutFaultsRunsNothing() throws Exception {
        refused("parameter(s) fault have no values", "jmh.include", "FaultInjectionBenchmark");
    }

    @Test
    void forkJvmThatDoesNotExist() throws Exception {
        refused("jmh.jvm " + dir.resolve("jdk-99/bin/java") + " does not exist",
                "jmh.jvm", dir.resolve("jdk-99/bin/java").toString());
    }

    @Test
    void forkJvmThatCannotStart() throws Exception {
        Path broken = dir.resolve("java");
        Files.writeString(broken, "#!/bin/sh\necho 'Error: Could not create the Java Virtual Machine.' >&2\nexit 1\n");
        Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rwxr-xr-x"));
        refused("cannot run the benchmarks: '" + broken + " -version' exited with status 1", "jmh.jvm", broken.toString());
    }

    @Test
    void profilerThatDoesNotExist() throws Exception {
        // Unchecked, JMH failed each benchmark ("Profilers failed to initialize"): all MISSING, an empty results file.
        refused("jmh.prof 'nonsense' cannot start: java.lang.ClassNotFoundException: nonsense; profilers available here: ",
                "jmh.prof", "nonsense");
    }

    @Test
    void asyncProfilerWhoseLibraryDoesNotLoad() throws Exception {
        refused("jmh.prof 'async:libPath=" + dir.resolve("none.so") + "' cannot start: Unable to load async-profiler",
                "jmh.prof", "async:libPath=" + dir.resolve("none.so"));
    }
}
