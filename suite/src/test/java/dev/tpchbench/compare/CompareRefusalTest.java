package dev.tpchbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.tpchbench.results.BadInputException;
import dev.tpchbench.results.RunResults;

class CompareRefusalTest {
    private static final double[] BASE = Samples.normal(10, 0.01, 5, 1);
    private static final double[] MUCH_FASTER = Samples.normal(5, 0.01, 5, 2);
    private final RunComparator comparator = new RunComparator(CompareSettings.defaults());

    private ComparisonRow rowWithCandidateRows(List<Double> rows) throws BadInputException {
        RunComparison c = comparator.compare(Samples.run("b", Samples.result("s/op", BASE)),
                Samples.run("c", Samples.result("s/op", MUCH_FASTER, rows)));
        return c.rows().get(0);
    }

    @Test
    void missingRowsVerifiedIsNeverFaster() throws BadInputException {
        ComparisonRow row = rowWithCandidateRows(List.of());
        assertEquals(Verdict.NOT_COMPARED, row.verdict());
        assertEquals("unverified rows in candidate: rowsVerified missing", row.reason());
    }

    @Test
    void zeroRowsVerifiedIsNeverFaster() throws BadInputException {
        ComparisonRow row = rowWithCandidateRows(Collections.nCopies(5, 0.0));
        assertEquals(Verdict.NOT_COMPARED, row.verdict());
        assertTrue(row.reason().contains("rowsVerified zero"), row.reason());
    }

    @Test
    void rowsVerifiedThatVaryIsNeverFaster() throws BadInputException {
        ComparisonRow row = rowWithCandidateRows(List.of(6_001_215.0, 6_001_215.0, 6_001_214.0, 6_001_215.0, 6_001_215.0));
        assertEquals(Verdict.NOT_COMPARED, row.verdict());
        assertTrue(row.reason().contains("rowsVerified varies"), row.reason());
    }

    @Test
    void differentRowCountsOnTheTwoSidesAreNotCompared() throws BadInputException {
        ComparisonRow row = rowWithCandidateRows(Collections.nCopies(5, 150_000.0));
        assertEquals(Verdict.NOT_COMPARED, row.verdict());
        assertTrue(row.reason().startsWith("rows differ"), row.reason());
    }

    @Test
    void unverifiedBaselineIsNotCompared() throws BadInputException {
        RunComparison c = comparator.compare(Samples.run("b", Samples.result("s/op", BASE, List.of())),
                Samples.run("c", Samples.result("s/op", MUCH_FASTER)));
        assertEquals("unverified rows in baseline: rowsVerified missing", c.rows().get(0).reason());
    }

    @Test
    void benchmarkOnOnlyOneSideIsNotCompared() throws BadInputException {
        RunComparison onlyBaseline = comparator.compare(Samples.run("b", Samples.result("s/op", BASE)), Samples.run("c"));
        assertEquals(Verdict.NOT_COMPARED, onlyBaseline.rows().get(0).verdict());
        assertEquals("only in baseline", onlyBaseline.rows().get(0).reason());
        RunComparison onlyCandidate = comparator.compare(Samples.run("b"), Samples.run("c", Samples.result("s/op", BASE)));
        assertEquals("only in candidate", onlyCandidate.rows().get(0).reason());
    }

    @Test
    void differentMachinesAreRefusedUnlessForced() throws BadInputException {
        RunResults baseline = Samples.run("b", Samples.result("s/op", BASE));
        RunResults other = Samples.withMeta(Samples.run("c", Samples.result("s/op", MUCH_FASTER)), Samples.meta("c", "EPYC", 2));
        BadInputException refused = assertThrows(BadInputException.class, () -> comparator.compare(baseline, other));
        assertTrue(refused.getMessage().contains("CPU model differs"), refused.getMessage());
        assertTrue(refused.getMessage().contains("-Djmh.force=true"), refused.getMessage());

        RunComparison forced = new RunComparator(new CompareSettings(0.01, 0.05, true)).compare(baseline, other);
        assertEquals(Verdict.FASTER, forced.rows().get(0).verdict());
        assertTrue(forced.warnings().get(0).startsWith("FORCED: CPU model differs"), forced.warnings().toString());
        assertTrue(ComparisonReport.text(forced).contains("WARNING: FORCED: CPU model differs"));
    }

    @Test
    void differentCpuCountIsRefused() {
        RunResults other = Samples.withMeta(Samples.run("c"), Samples.meta("c", "Xeon", 4));
        assertThrows(BadInputException.class, () -> comparator.compare(Samples.run("b"), other));
    }

    @Test
    void runWithoutMetaIsRefusedUnlessForced() {
        RunResults noMeta = new RunResults("c", Path.of("c.json"), null, Optional.empty(), new TreeMap<>());
        BadInputException refused = assertThrows(BadInputException.class, () -> comparator.compare(Samples.run("b"), noMeta));
        assertTrue(refused.getMessage().contains("unverifiable run"), refused.getMessage());
    }

    @Test
    void profiledRunIsNeverComparedWithAnUnprofiledOneNotEvenForced() throws BadInputException {
        RunResults plain = Samples.run("b", Samples.result("s/op", BASE));
        RunResults profiled = profiled(Samples.run("c", Samples.result("s/op", MUCH_FASTER)), "async:itimer");
        RunComparator forcing = new RunComparator(new CompareSettings(0.01, 0.05, true));
        for (RunComparator any : List.of(comparator, forcing)) {
            BadInputException refused = assertThrows(BadInputException.class, () -> any.compare(plain, profiled));
            assertTrue(refused.getMessage().contains("baseline b is not profiled, candidate c is profiled (async:itimer)"),
                    refused.getMessage());
            assertThrows(BadInputException.class, () -> any.compare(profiled, plain));
        }
        BadInputException otherProfiler = assertThrows(BadInputException.class,
                () -> comparator.compare(profiled(plain, "async:cpu"), profiled));
        assertTrue(otherProfiler.getMessage().contains("is profiled (async:cpu), candidate c is profiled (async:itimer)"),
                otherProfiler.getMessage());
    }

    @Test
    void twoRunsProfiledAlikeAreCompared() throws BadInputException {
        RunComparison c = comparator.compare(profiled(Samples.run("b", Samples.result("s/op", BASE)), "async:cpu"),
                profiled(Samples.run("c", Samples.result("s/op", MUCH_FASTER)), "async:cpu"));
        assertEquals(Verdict.FASTER, c.rows().get(0).verdict());
    }

    private static RunResults profiled(RunResults run, String profiler) {
        return Samples.withProfilerAndGit(run, profiler, run.meta().orElseThrow().git());
    }
}
