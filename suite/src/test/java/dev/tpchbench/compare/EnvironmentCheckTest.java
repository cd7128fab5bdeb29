package dev.tpchbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.tpchbench.results.EnvironmentCheck;
import dev.tpchbench.results.RunMeta;
import dev.tpchbench.results.RunResults;

class EnvironmentCheckTest {
    @Test
    void forksMallocTunablesThatDifferAreANote() {
        RunResults with = run("a", Samples.meta("a", "Xeon", 2, "glibc.malloc.trim_threshold=1"));
        RunResults without = run("b", Samples.meta("b", "Xeon", 2, ""));
        RunResults older = run("c", Samples.meta("c", "Xeon", 2, null));

        assertEquals(List.of("forks' GLIBC_TUNABLES differs: baseline none, candidate glibc.malloc.trim_threshold=1"),
                EnvironmentCheck.notes(without, with));
        assertEquals(List.of("forks' GLIBC_TUNABLES differs: baseline not recorded, candidate none"),
                EnvironmentCheck.notes(older, without));
        assertEquals(List.of(), EnvironmentCheck.notes(with, run("d", Samples.meta("d", "Xeon", 2, "glibc.malloc.trim_threshold=1"))));
        assertEquals(List.of(), EnvironmentCheck.blockers(with, without), "a note, not a reason to refuse the comparison");
    }

    @Test
    void aDifferentForkOrderIsANoteAndOlderRunsCountAsRow() {
        RunResults older = run("a", Samples.meta("a", "Xeon", 2, null, null));
        RunResults rounds = run("b", Samples.meta("b", "Xeon", 2, null, "rounds"));
        RunResults row = run("c", Samples.meta("c", "Xeon", 2, null, "row"));

        assertEquals(List.of("fork order differs: baseline row, candidate rounds"), EnvironmentCheck.notes(older, rounds));
        assertEquals(List.of(), EnvironmentCheck.notes(older, row));
        assertEquals(List.of(), EnvironmentCheck.blockers(row, rounds), "a note, not a reason to refuse the comparison");
    }

    private static RunResults run(String id, RunMeta meta) {
        return new RunResults(id, Path.of(id + ".json"), null, Optional.of(meta), new TreeMap<>());
    }
}
