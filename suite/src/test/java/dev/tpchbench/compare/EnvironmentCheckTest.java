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
    /** The note after the side(s) it names. */
    private static final String SHARED_DRIFT = " ran each row's forks back to back (JMH's fork order), so a drift of "
            + "the machine that all of a row's forks met is not in its interval and can be flagged as a change; record "
            + "both runs with -Djmh.forkOrder=rounds, or compare builds with jmh:ab (README: Fork order)";

    @Test
    void forksMallocTunablesThatDifferAreANote() {
        RunResults with = run("a", Samples.meta("a", "Xeon", 2, "glibc.malloc.trim_threshold=1", "rounds"));
        RunResults without = run("b", Samples.meta("b", "Xeon", 2, "", "rounds"));
        RunResults older = run("c", Samples.meta("c", "Xeon", 2, null, "rounds"));

        assertEquals(List.of("forks' GLIBC_TUNABLES differs: baseline none, candidate glibc.malloc.trim_threshold=1"),
                EnvironmentCheck.notes(without, with));
        assertEquals(List.of("forks' GLIBC_TUNABLES differs: baseline not recorded, candidate none"),
                EnvironmentCheck.notes(older, without));
        assertEquals(List.of(), EnvironmentCheck.notes(with, run("d", Samples.meta("d", "Xeon", 2, "glibc.malloc.trim_threshold=1", "rounds"))));
        assertEquals(List.of(), EnvironmentCheck.blockers(with, without), "a note, not a reason to refuse the comparison");
    }

    @Test
    void aDifferentForkOrderIsANoteAndOlderRunsCountAsRow() {
        RunResults older = run("a", Samples.meta("a", "Xeon", 2, null, null));
        RunResults rounds = run("b", Samples.meta("b", "Xeon", 2, null, "rounds"));
        RunResults row = run("c", Samples.meta("c", "Xeon", 2, null, "row"));

        assertEquals(List.of("fork order differs: baseline row, candidate rounds", "baseline" + SHARED_DRIFT),
                EnvironmentCheck.notes(older, rounds));
        assertEquals(List.of("baseline and candidate" + SHARED_DRIFT), EnvironmentCheck.notes(older, row));
        assertEquals(List.of(), EnvironmentCheck.blockers(row, rounds), "a note, not a reason to refuse the comparison");
    }

    @Test
    void onlyRunsWhoseRowsRanTheirForksBackToBackGetTheSharedDriftNote() {
        RunResults rounds = run("a", Samples.meta("a", "Xeon", 2, null, "rounds"));
        RunResults rounds2 = run("b", Samples.meta("b", "Xeon", 2, null, "rounds"));
        // jmh:ab sides record row order (each round is one fork per row) but alternate with the other side.
        RunResults abBaseline = run("c", Samples.meta("c", "Xeon", 2, null, "row", true));
        RunResults abCandidate = run("d", Samples.meta("d", "Xeon", 2, null, "row", true));
        RunResults row = run("e", Samples.meta("e", "Xeon", 2, null, "row"));

        assertEquals(List.of(), EnvironmentCheck.notes(rounds, rounds2));
        assertEquals(List.of(), EnvironmentCheck.notes(abBaseline, abCandidate));
        assertEquals(List.of("candidate" + SHARED_DRIFT), EnvironmentCheck.notes(abBaseline, row));
    }

    private static RunResults run(String id, RunMeta meta) {
        return new RunResults(id, Path.of(id + ".json"), null, Optional.of(meta), new TreeMap<>());
    }
}
