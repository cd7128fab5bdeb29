package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.profile.ProfilerFactory;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.WorkloadParams;
import org.openjdk.jmh.runner.options.ProfilerConfig;
import org.openjdk.jmh.runner.options.TimeValue;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Each fork's flame graph is kept, on folders laid out as JMH 1.37's async profiler writes them; no real fork. */
class PerForkProfilesTest {
    private static final String FLAME = "flame-cpu-forward.html";

    @TempDir
    Path dir;

    /** What a fork's async profiler leaves in the row's folder when it exits. */
    private static void forkWrites(Path trialDir, String content) throws Exception {
        Files.createDirectories(trialDir);
        Files.writeString(trialDir.resolve(FLAME), content);
    }

    @Test
    void eachForkKeepsItsOwnFlameGraph() throws Exception {
        Path row = dir.resolve("b.C.m-SingleShotTime-table-lineitem");
        forkWrites(row, "<html>fork 1</html>");
        assertEquals(row.resolve("fork-1"), PerForkProfiles.keep(row, 1, 0));
        forkWrites(row, "<html>fork 2</html>");
        assertEquals(row.resolve("fork-2"), PerForkProfiles.keep(row, 2, 0));

        assertEquals("<html>fork 1</html>", Files.readString(row.resolve("fork-1").resolve(FLAME)));
        assertEquals("<html>fork 2</html>", Files.readString(row.resolve("fork-2").resolve(FLAME)));
        assertFalse(Files.exists(row.resolve(FLAME)), "nothing left for the next fork to overwrite");
    }

    @Test
    void warmupForksAreDroppedAndTheMeasuredOnesNumberedAsJmhPrintsThem() throws Exception {
        Path row = dir.resolve("row");
        forkWrites(row, "<html>warmup</html>");
        assertNull(PerForkProfiles.keep(row, 1, 1));
        assertFalse(Files.exists(row.resolve(FLAME)));
        forkWrites(row, "<html>measured</html>");
        assertEquals(row.resolve("fork-1"), PerForkProfiles.keep(row, 2, 1));
        try (Stream<Path> left = Files.list(row)) {
            assertEquals(List.of(row.resolve("fork-1")), left.toList());
        }
    }

    @Test
    void aForkThatWroteNothingGetsNoFolder() throws Exception {
        assertNull(PerForkProfiles.keep(dir.resolve("absent"), 1, 0));
        Path row = Files.createDirectories(dir.resolve("empty"));
        assertNull(PerForkProfiles.keep(row, 1, 0));
        try (Stream<Path> left = Files.list(row)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void jmhCallsItAfterEachForkWithTheRowsParamsAndFindsTheAsyncProfilersFolder() throws Exception {
        PerForkProfiles perFork = new PerForkProfiles(PerForkProfiles.options(dir));
        BenchmarkResult fork = new BenchmarkResult(params(2, 0), List.of());
        // JMH 1.37's id URL-encodes "a/b c" as a%2Fb+c; its async profiler then turns '%' into '_'.
        Path asyncFolder = dir.resolve("dev.tpchbench.bench.X.m-SingleShotTime-codec-a_2Fb+c-table-lineitem");
        assertEquals(asyncFolder.getFileName().toString(), ProfileFolders.asyncFolder(fork.getParams().id()));

        forkWrites(asyncFolder, "<html>1</html>");
        perFork.afterTrial(fork, 4242, null, null);
        forkWrites(asyncFolder, "<html>2</html>");
        perFork.afterTrial(fork, 4343, null, null);

        assertEquals("<html>1</html>", Files.readString(asyncFolder.resolve("fork-1").resolve(FLAME)));
        assertEquals("<html>2</html>", Files.readString(asyncFolder.resolve("fork-2").resolve(FLAME)));
    }

    @Test
    void jmhFindsItByClassNameAndItNeedsTheFolder() throws Exception {
        Object made = ProfilerFactory.getProfilerOrException(
                new ProfilerConfig(PerForkProfiles.class.getName(), PerForkProfiles.options(dir)));
        assertEquals(dir, assertInstanceOf(PerForkProfiles.class, made).dir());
        ProfilerException e = assertThrows(ProfilerException.class, () -> new PerForkProfiles(""));
        assertTrue(e.getMessage().contains("dir="), e.getMessage());
    }

    @Test
    void keptForksAreCarriedIntoTheRunsProfilesFolder() throws Exception {
        Path raw = dir.resolve("raw");
        var entry = new ObjectMapper().readTree("{\"benchmark\":\"b.C.m\",\"mode\":\"ss\",\"params\":{\"p\":\"a/b\"}}");
        Path row = raw.resolve(ProfileFolders.asyncFolder(ProfileFolders.trialFolder(entry)));
        forkWrites(row, "<html>1</html>");
        PerForkProfiles.keep(row, 1, 0);
        forkWrites(row, "<html>2</html>");
        PerForkProfiles.keep(row, 2, 0);
        Path target = dir.resolve("run.profiles");

        assertEquals(1, ProfileFolders.keep(raw, List.of(entry), target));
        // kept under the URL-encoded id, which the report decodes back to "a/b"
        Path kept = target.resolve("b.C.m-SingleShotTime-p-a%2Fb");
        assertEquals("<html>1</html>", Files.readString(kept.resolve("fork-1").resolve(FLAME)));
        assertEquals("<html>2</html>", Files.readString(kept.resolve("fork-2").resolve(FLAME)));
    }

    private static BenchmarkParams params(int forks, int warmupForks) {
        WorkloadParams workload = new WorkloadParams();
        workload.put("table", "lineitem", 0);
        workload.put("codec", "a/b c", 1);
        IterationParams iterations = new IterationParams(IterationType.MEASUREMENT, 1, TimeValue.NONE, 1);
        return new BenchmarkParams("dev.tpchbench.bench.X.m", "generated", false, 1, new int[] {1}, List.of(), forks,
                warmupForks, iterations, iterations, Mode.SingleShotTime, workload, TimeUnit.SECONDS, 1, "java", List.of(),
                "17", "vm", "17", "1.37", TimeValue.NONE);
    }
}
