package dev.tpchbench.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/** Differences between two runs' environments, split into those that forbid a comparison and notes. */
public final class EnvironmentCheck {
    private EnvironmentCheck() {
    }

    /**
     * Differences that make timings incomparable: no meta (the gate cannot be checked), other CPU,
     * CPU count, OS or JDK version.
     */
    public static List<String> blockers(RunResults baseline, RunResults candidate) {
        List<String> problems = new ArrayList<>();
        if (baseline.meta().isEmpty()) {
            problems.add("baseline " + baseline.id() + " has no meta file: unverifiable run");
        }
        if (candidate.meta().isEmpty()) {
            problems.add("candidate " + candidate.id() + " has no meta file: unverifiable run");
        }
        if (baseline.meta().isEmpty() || candidate.meta().isEmpty()) {
            return problems;
        }
        RunMeta b = baseline.meta().get();
        RunMeta c = candidate.meta().get();
        differ(problems, "CPU model", b.machine().cpuModel(), c.machine().cpuModel());
        differ(problems, "CPU count", b.machine().cpuCount(), c.machine().cpuCount());
        differ(problems, "OS", b.machine().os(), c.machine().os());
        differ(problems, "JDK version", b.jdk().version(), c.jdk().version());
        return problems;
    }

    /**
     * Why two runs can never be compared, not even forced: one was profiled and the other not (or with
     * another profiler), so the profiler's overhead is in the timings of one side only.
     */
    public static Optional<String> profilerMismatch(RunResults baseline, RunResults candidate) {
        String b = baseline.meta().map(RunMeta::profiler).orElse("");
        String c = candidate.meta().map(RunMeta::profiler).orElse("");
        if (b.equals(c)) {
            return Optional.empty();
        }
        return Optional.of("baseline " + baseline.id() + " " + profilerText(b) + ", candidate " + candidate.id() + " "
                + profilerText(c) + ": a profiler's overhead would be in one side's timings only; compare runs made "
                + "with the same -Djmh.prof");
    }

    private static String profilerText(String profiler) {
        return profiler.isEmpty() ? "is not profiled" : "is profiled (" + profiler + ")";
    }

    /** Worth knowing but not forbidding: failed gates, uncommitted changes, other presets or library versions. */
    public static List<String> notes(RunResults baseline, RunResults candidate) {
        List<String> notes = new ArrayList<>();
        for (RunResults run : List.of(baseline, candidate)) {
            Optional<RunMeta> meta = run.meta();
            if (meta.isPresent() && !meta.get().passed()) {
                notes.add(run.id() + ": integrity gate " + meta.get().status() + " (" + meta.get().gate().verified()
                        + " of " + meta.get().gate().expected() + " verified); failed benchmarks are not compared");
            }
            if (meta.isPresent() && meta.get().gitDirty()) {
                notes.add(run.id() + ": built from a dirty working tree");
            }
        }
        if (baseline.meta().isEmpty() || candidate.meta().isEmpty()) {
            return notes;
        }
        RunMeta b = baseline.meta().get();
        RunMeta c = candidate.meta().get();
        differ(notes, "preset", b.preset(), c.preset());
        differ(notes, "JMH settings", b.jmhSettings(), c.jmhSettings());
        differ(notes, "JDK vendor", b.jdk().vendor(), c.jdk().vendor());
        differ(notes, "forks' GLIBC_TUNABLES", glibcTunables(b), glibcTunables(c));
        differ(notes, "fork order", forkOrder(b), forkOrder(c));
        sharedDrift(notes, b, c);
        TreeSet<String> libraries = new TreeSet<>(b.versions().keySet());
        libraries.addAll(c.versions().keySet());
        for (String library : libraries) {
            differ(notes, library + " version", b.versions().get(library), c.versions().get(library));
        }
        return notes;
    }

    private static String glibcTunables(RunMeta meta) {
        String tunables = meta.jmh() == null ? null : meta.jmh().glibcTunables();
        return tunables == null ? "not recorded" : tunables.isEmpty() ? "none" : tunables;
    }

    /**
     * A run made by jmh:run in JMH's order ran each row's forks back to back, so a drift of the machine during those
     * minutes is in every one of its forks and in none of the other run's: the interval cannot include it.
     */
    private static void sharedDrift(List<String> notes, RunMeta baseline, RunMeta candidate) {
        List<String> sides = new ArrayList<>();
        if (sequentialInRowOrder(baseline)) {
            sides.add("baseline");
        }
        if (sequentialInRowOrder(candidate)) {
            sides.add("candidate");
        }
        if (!sides.isEmpty()) {
            notes.add(String.join(" and ", sides) + " ran each row's forks back to back (JMH's fork order), so a drift "
                    + "of the machine that all of a row's forks met is not in its interval and can be flagged as a change; "
                    + "record both runs with -Djmh.forkOrder=rounds, or compare builds with jmh:ab (README: Fork order)");
        }
    }

    private static boolean sequentialInRowOrder(RunMeta meta) {
        boolean interleaved = meta.jmh() != null && Boolean.TRUE.equals(meta.jmh().interleaved());
        return !interleaved && forkOrder(meta).equals("row");
    }

    /** Runs recorded before the knob ran each row's forks back to back. */
    private static String forkOrder(RunMeta meta) {
        String order = meta.jmh() == null ? null : meta.jmh().forkOrder();
        return order == null ? "row" : order;
    }

    private static void differ(List<String> out, String what, Object baseline, Object candidate) {
        if (!Objects.equals(baseline, candidate)) {
            out.add(what + " differs: baseline " + baseline + ", candidate " + candidate);
        }
    }
}
