package dev.tpchbench.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's links to a profiled run's flame graphs, on synthetic folders laid out as the runner keeps them. */
class ProfileLinksTest {
    private static final String RUN = "20261202T000000Z_abc1234_prof";
    private static final String ROW = "dev.tpchbench.bench.PipelineBenchmark.pipeline-SingleShotTime-phase-PHASE_2";

    @TempDir
    Path results;

    private Path page(String... path) throws Exception {
        Path file = results.resolve(RUN + ".profiles").resolve(Path.of("", path));
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "<html></html>");
    }

    private List<ProfileLinks.Link> links() throws Exception {
        Files.writeString(results.resolve(RUN + ".meta.json"), "{\"profiler\":\"async:cpu\"}");
        List<ProfileLinks> runs = ProfileLinks.find(results, results.resolve("reports"));
        assertEquals(1, runs.size());
        assertEquals("async:cpu", runs.get(0).profiler());
        return runs.get(0).links();
    }

    private static ProfileLinks.Link link(String label, String file) {
        return new ProfileLinks.Link("PipelineBenchmark.pipeline-SingleShotTime-phase-PHASE_2", label,
                "../" + RUN + ".profiles/" + ROW + "/" + file);
    }

    @Test
    void linksEveryForkInForkOrder() throws Exception {
        for (int fork : new int[] {10, 2, 1, 9}) {
            page(ROW, "fork-" + fork, "flame-cpu-forward.html");
        }
        assertEquals(List.of(link("fork 1", "fork-1/flame-cpu-forward.html"), link("fork 2", "fork-2/flame-cpu-forward.html"),
                link("fork 9", "fork-9/flame-cpu-forward.html"), link("fork 10", "fork-10/flame-cpu-forward.html")), links());
    }

    @Test
    void aForkWithSeveralFlameGraphsNamesEach() throws Exception {
        page(ROW, "fork-1", "flame-cpu-reverse.html");
        page(ROW, "fork-1", "flame-cpu-forward.html");
        assertEquals(List.of(link("fork 1 flame-cpu-forward", "fork-1/flame-cpu-forward.html"),
                link("fork 1 flame-cpu-reverse", "fork-1/flame-cpu-reverse.html")), links());
    }

    @Test
    void aRunKeptBeforeForksHadFoldersIsStillLinked() throws Exception {
        page(ROW, "flame-cpu-forward.html");
        page(ROW, "not-a-fork", "flame-cpu-forward.html");
        assertEquals(List.of(link("flame-cpu-forward", "flame-cpu-forward.html")), links());
    }

    @Test
    void aParameterWithASlashIsShownDecoded() throws Exception {
        page("b.C.m-SingleShotTime-p-a%2Fb", "fork-1", "flame-cpu-forward.html");
        assertEquals("b.C.m-SingleShotTime-p-a/b", links().get(0).row());
    }
}
