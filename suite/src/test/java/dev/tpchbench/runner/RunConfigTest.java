package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tpchbench.results.BenchmarkId;

class RunConfigTest {
    private static RunConfig config(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return RunConfig.fromProperties(p);
    }

    private static String error(String... keyValues) {
        return assertThrows(IllegalArgumentException.class, () -> config(keyValues)).getMessage();
    }

    @Test
    void defaultsToTheQuickPresetOnTheThreeMainTables() {
        RunConfig config = config();
        assertEquals(Preset.QUICK, config.preset());
        assertEquals(List.of("0.1"), config.params().get("scaleFactor"));
        assertEquals(List.of("customer", "orders", "lineitem"), config.params().get("table"));
        assertEquals("local", config.label());
    }

    @Test
    void forksRunInRoundsUnlessTheKnobSaysRowOrTheRunIsProfiled() {
        assertEquals(ForkOrder.ROUNDS, config().forkOrder());
        assertEquals(ForkOrder.ROW, config("jmh.forkOrder", "row").forkOrder());
        assertEquals(ForkOrder.ROUNDS, config("jmh.forkOrder", " rounds ").forkOrder());
        assertEquals(ForkOrder.ROW, config("jmh.prof", "gc").forkOrder(), "a profiler numbers forks within one start");
        assertTrue(error("jmh.forkOrder", "rounds", "jmh.prof", "gc").contains("leave jmh.forkOrder out"));
        assertTrue(error("jmh.forkOrder", "spread").contains("'rounds'"));
        assertEquals(ForkOrder.ROW, config("jmh.forkOrder", "row", "jmh.prof", "gc").forkOrder());
    }

    @Test
    void theScalingPresetRunsTheStreamingBenchmarksAtEveryScaleFactor() {
        RunConfig scaling = config("jmh.preset", "scaling");
        assertEquals(List.of("0.1", "0.3", "1", "3", "10"), scaling.params().get("scaleFactor"));
        assertEquals(List.of("lineitem"), scaling.params().get("table"));
        assertTrue("dev.tpchbench.scaling.StreamingWriteBenchmark.write".matches(scaling.include()));
        assertFalse("dev.tpchbench.bench.LanceWriteBenchmark.writeTable".matches(scaling.include()));
        RunConfig nightly = config("jmh.preset", "nightly");
        assertFalse("dev.tpchbench.scaling.StreamingWriteBenchmark.write".matches(nightly.include()),
                "the other presets keep their benchmarks and time");
        assertTrue("dev.tpchbench.bench.LanceWriteBenchmark.writeTable".matches(nightly.include()));
        assertFalse("dev.tpchbench.choices.LanceWriteChoiceBenchmark.writeTable".matches(nightly.include()),
                "the write choices run only when named");
    }

    @Test
    void aChoiceIsAcceptedAsTyped() {
        assertEquals(List.of("storage-2.2", "TWO_FRAGMENT_WRITERS"),
                config("jmh.params", "choice=storage-2.2,TWO_FRAGMENT_WRITERS").params().get("choice"));
    }

    /** The README's command for the write choices plans their six rows and nothing else (from the compiled list). */
    @Test
    void theWriteChoicesArePlannedOnlyWhenNamed() {
        RunConfig choices = config("jmh.preset", "nightly", "jmh.include", "LanceWriteChoice", "jmh.params", "table=lineitem");
        Map<BenchmarkId, Long> rows = PlannedRuns.plan(choices).expectedRows();
        assertEquals(Set.of("PHASE_2", "LZ4_STRINGS", "ZSTD_STRINGS", "NO_STRING_COMPRESSION", "STORAGE_2_2",
                "TWO_FRAGMENT_WRITERS"), rows.keySet().stream().map(id -> id.params().get("choice")).collect(Collectors.toSet()));
        assertEquals(6, rows.size());
        rows.forEach((id, expected) -> {
            assertEquals("dev.tpchbench.choices.LanceWriteChoiceBenchmark.writeTable", id.benchmark());
            assertEquals(6_001_215L, expected, id.toString());
        });
        assertFalse(PlannedRuns.plan(config("jmh.preset", "nightly")).benchmarks().stream()
                .anyMatch(b -> b.contains("LanceWriteChoice")), "not in the nightly");
    }

    @Test
    void paramsOverrideThePreset() {
        RunConfig config = config("jmh.preset", "smoke", "jmh.params", "table=lineitem;scaleFactor=1,10;batchRows=1024");
        assertEquals(List.of("lineitem"), config.params().get("table"));
        assertEquals(List.of("1", "10"), config.params().get("scaleFactor"));
        assertEquals(List.of("1024"), config.params().get("batchRows"));
        assertEquals(Preset.SMOKE.forks(), config.forks());
    }

    @Test
    void nightlyGivesThePerBatchBenchmarksTheirOwnForksAndTablesUnlessTheKnobsAreGiven() {
        JmhInvocation writes = new JmhInvocation(Set.of("dev.tpchbench.bench.LanceWriteBenchmark.writeTable"), false, null);
        JmhInvocation perBatch = new JmhInvocation(Set.of("dev.tpchbench.bench.CDataImportBenchmark.importBatch"), true, 1024);

        RunConfig nightly = config("jmh.preset", "nightly");
        assertEquals(3, nightly.forks(writes));
        assertEquals(3, nightly.measurementIterations());
        assertEquals(4, nightly.forks(perBatch));
        assertEquals(4, nightly.perBatchForks());

        assertEquals(List.of("customer", "orders", "lineitem"), nightly.params(writes).get("table"));
        assertEquals(List.of("lineitem"), nightly.params(perBatch).get("table"));
        assertEquals(List.of("orders"), config("jmh.preset", "nightly", "jmh.params", "table=orders").params(perBatch).get("table"));
        assertEquals(List.of("customer", "orders", "lineitem"), config("jmh.preset", "quick").params(perBatch).get("table"));

        RunConfig given = config("jmh.preset", "nightly", "jmh.forks", "5");
        assertEquals(5, given.forks(writes));
        assertEquals(5, given.forks(perBatch));
        assertEquals(5, given.perBatchForks());
    }

    @Test
    void badKnobsFailWithWhatIsAccepted() {
        assertTrue(error("jmh.preset", "fast").contains("accepted: smoke, quick, nightly"));
        assertTrue(error("jmh.params", "table=lineitems").contains("accepted: customer, orders, lineitem"));
        assertTrue(error("jmh.params", "scaleFactor=0").contains("scaleFactor must be a number > 0"));
        assertTrue(error("jmh.params", "scaleFactor=-1").contains("scaleFactor must be a number > 0"));
        assertTrue(error("jmh.params", "scaleFactor=abc").contains("scaleFactor must be a number > 0"));
        assertTrue(error("jmh.params", "scaleFactor=NaN").contains("scaleFactor must be a number > 0"));
        assertTrue(error("jmh.params", "batchRows=0").contains("batchRows must be a whole number > 0"));
        assertTrue(error("jmh.params", "ringBatches=0").contains("ringBatches must be a whole number > 0"));
        assertTrue(error("jmh.params", "ringBatches=many").contains("ringBatches must be a whole number > 0"));
        assertTrue(error("jmh.params", "importer=RUST").contains("RUST"));
        assertTrue(error("jmh.params", "hop=FAST").contains("unknown hop 'FAST'; accepted: LIBRARY, PHASE_3"));
        assertTrue(error("jmh.params", "choice=LZ4").contains("unknown choice 'LZ4'; accepted: PHASE_2, LZ4_STRINGS, "
                + "ZSTD_STRINGS, NO_STRING_COMPRESSION, STORAGE_2_2, TWO_FRAGMENT_WRITERS"));
        assertTrue(error("jmh.params", "table").contains("name=value"));
        assertTrue(error("jmh.forks", "two").contains("jmh.forks must be a whole number"));
        assertTrue(error("jmh.forks", "0").contains("jmh.forks=0 is refused"));
        assertTrue(error("jmh.iterations", "0").contains(">= 1"));
        assertTrue(error("jmh.label", "my build").contains("jmh.label"));
        assertTrue(error("jmh.include", "(").contains("regular expression"));
    }

    @Test
    void aResultsFolderWithoutWritePermissionIsRefused(@TempDir Path dir) throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("ro"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
        assumeFalse(Files.isWritable(readOnly), "permissions do not stop root; "
                + "aResultsFolderThatCannotBeCreatedIsRefused covers the refusal for every user");
        RunConfig config = config("jmh.results", readOnly.resolve("results").toString());
        String message = assertThrows(IllegalArgumentException.class, config::checkResultsDirWritable).getMessage();
        assertTrue(message.contains("not writable"), message);
    }

    @Test
    void aResultsFolderThatCannotBeCreatedIsRefused(@TempDir Path dir) throws Exception {
        // Not even root can create a folder inside a regular file.
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        RunConfig config = config("jmh.results", file.resolve("results").toString());
        String message = assertThrows(IllegalArgumentException.class, config::checkResultsDirWritable).getMessage();
        assertTrue(message.contains("results folder " + file.resolve("results") + " is not writable"), message);
        assertTrue(message.contains("-Djmh.results=DIR"), message);
        assertEquals("not a folder", Files.readString(file), "nothing already saved is lost");
    }

    @Test
    void aResultsPathThatIsAFileIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("results"), "not a folder");
        RunConfig config = config("jmh.results", file.toString());
        String message = assertThrows(IllegalArgumentException.class, config::checkResultsDirWritable).getMessage();
        assertTrue(message.contains("not writable"), message);
        assertEquals("not a folder", Files.readString(file), "nothing already saved is lost");
    }

    @Test
    void theForksJvmIsAJavaExecutable(@TempDir Path dir) throws Exception {
        Path java = ForkJvm.current().java();
        assertEquals(java, config("jmh.jvm", java.toString()).jvm());
        assertEquals(null, config().jvm(), "no jmh.jvm: JMH forks this JVM's java");

        assertTrue(error("jmh.jvm", dir.resolve("nojdk/bin/java").toString()).contains("does not exist"));
        String folder = error("jmh.jvm", dir.toString());
        assertTrue(folder.contains("is a folder, not a java executable (did you mean " + dir.resolve("bin/java")), folder);
        Path notExecutable = Files.writeString(dir.resolve("java"), "#!/bin/sh\n");
        assertTrue(error("jmh.jvm", notExecutable.toString()).contains("is not executable"));
        assertTrue(error("jmh.jvm", java.toString(), "jmh.forks", "0").contains("jmh.forks=0 is refused"));
    }

    @Test
    void theForksMallocTunablesAreTheDefaultNoneOrWellFormed() {
        assertEquals(ForkLauncher.DEFAULT_GLIBC_TUNABLES, config().glibcTunables());
        assertEquals("", config("jmh.glibcTunables", "").glibcTunables(), "given empty: glibc's own defaults");
        assertEquals("glibc.malloc.arena_max=2", config("jmh.glibcTunables", " glibc.malloc.arena_max=2 ").glibcTunables());

        String message = error("jmh.glibcTunables", "glibc.malloc.arena_max=2; rm -rf /");
        assertTrue(message.contains("jmh.glibcTunables takes glibc.<namespace>.<name>=<value> joined by ':'"), message);
        assertTrue(error("jmh.glibcTunables", "MALLOC_ARENA_MAX=2").contains("got 'MALLOC_ARENA_MAX=2'"));
        assertTrue(error("jmh.glibcTunables", "glibc.malloc.arena_max=2:").contains("jmh.glibcTunables takes"));
    }

    @Test
    void unknownParameterNamesAreRefusedByThePlan() {
        Map<String, Map<String, List<String>>> declared = Map.of("b.X.y",
                Map.of("table", List.of("customer"), "scaleFactor", List.of("0.01")));
        String message = assertThrows(IllegalArgumentException.class,
                () -> PlannedRuns.plan(declared, Map.of("batchSize", List.of("5")), ".*")).getMessage();
        assertTrue(message.contains("unknown parameter 'batchSize'"), message);
        assertTrue(message.contains("scaleFactor, table"), message);
    }
}
