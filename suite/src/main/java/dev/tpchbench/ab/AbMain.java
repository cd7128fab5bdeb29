package dev.tpchbench.ab;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import dev.tpchbench.compare.ComparisonReport;
import dev.tpchbench.compare.RunComparator;
import dev.tpchbench.compare.RunComparison;
import dev.tpchbench.compare.Verdict;
import dev.tpchbench.results.AtomicFiles;
import dev.tpchbench.results.BadInputException;
import dev.tpchbench.results.RunReader;
import dev.tpchbench.results.RunResults;
import dev.tpchbench.runner.ShutdownCleanup;

/**
 * {@code mvn jmh:ab}: compares two builds the way performance engineers do. Builds both revisions,
 * runs one fork of the whole plan per side and round in the order A B, B A, A B, ... (each through that
 * revision's own runner and gate), records each side as an ordinary run in results/ and compares them.
 *
 * <p>Knobs: {@code jmh.baseline} (git ref, default HEAD), {@code jmh.candidate} (git ref or WORKTREE, the
 * default), {@code jmh.baselineJvmArgs}, {@code jmh.candidateJvmArgs} (extra fork flags of one side),
 * {@code jmh.forks} (rounds, at least 2; default the preset's forks, at least 2), {@code jmh.label}
 * (default ab), the comparison's {@code jmh.alpha}, {@code jmh.minEffect}, {@code jmh.force},
 * {@code jmh.failOnRegression}, {@code jmh.markdown}, and every knob of {@code jmh:run} but {@code jmh.prof}
 * (refused: a profiler's overhead would be in the timings compared).
 * Exit status: 0 compared, 1 a round failed (or a regression with failOnRegression), 2 bad knobs, an
 * unknown ref or a revision that does not build. Nothing is recorded unless every round passed.
 */
public final class AbMain {
    private static final DateTimeFormatter SCRATCH_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private AbMain() {
    }

    public static void main(String[] args) {
        System.exit(run(System.getProperties(), System.out, System.err));
    }

    static int run(Properties properties, PrintStream out, PrintStream err) {
        try {
            return new AbMain().ab(properties, out, err);
        } catch (AbException e) {
            err.println("jmh:ab: " + e.getMessage());
            return e.exitCode();
        } catch (InterruptedException | ShutdownCleanup.InterruptedRunException e) {
            Thread.currentThread().interrupt();
            err.println("jmh:ab: interrupted; nothing recorded");
            return 1;
        } catch (IOException | IllegalStateException e) {
            err.println("jmh:ab failed: " + e);
            return 1;
        }
    }

    private int ab(Properties properties, PrintStream out, PrintStream err)
            throws AbException, IOException, InterruptedException {
        AbSettings settings = AbSettings.from(properties);
        Git git = new Git(settings.suiteRoot());
        GitRevisions revisions = new GitRevisions(git);
        Map<Side, Revision> sides = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            sides.put(side, revisions.resolve(side, settings.ref(side)));
        }
        try {
            settings.runConfig.checkResultsDirWritable();
        } catch (IllegalArgumentException e) {
            throw new AbException(e.getMessage(), 2);
        }
        List<Round> schedule = Round.schedule(settings.rounds);
        Instant started = Instant.now();
        out.printf(Locale.ROOT, "A/B: baseline %s against candidate %s, %d rounds of one fork per side, order %s%n",
                sides.get(Side.BASELINE).describe(), sides.get(Side.CANDIDATE).describe(), settings.rounds,
                Round.letters(schedule));
        for (Side side : Side.values()) {
            if (!settings.sideJvmArgs(side).isEmpty()) {
                out.printf(Locale.ROOT, "  %s forks also get: %s%n", side.word(), String.join(" ", settings.sideJvmArgs(side)));
            }
        }

        int stale = AbScratch.removeAbandoned(settings.scratchParent(), git);
        if (stale > 0) {
            out.println("Removed " + stale + " A/B scratch folder(s) left by interrupted runs");
        }
        try (AbScratch scratch = AbScratch.create(settings.scratchParent(),
                SCRATCH_TIME.format(started) + "_" + settings.label, git)) {
            ShutdownCleanup cleanup = scratch.shutdownCleanup();
            Runtime.getRuntime().addShutdownHook(cleanup);
            try {
                Map<Side, RevisionBuilder.Build> builds = build(settings, sides, scratch, out);
                Map<Side, List<RoundRunner.RoundResult>> results = runRounds(settings, sides, builds, schedule, scratch, out);
                return record(settings, sides, started, schedule, results, cleanup, out, err);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IllegalStateException shuttingDown) {
                    // Ctrl-C: the hook is cleaning up already
                }
            }
        }
    }

    /** Builds each distinct commit once; the working tree runs on this JVM's classpath. */
    private static Map<Side, RevisionBuilder.Build> build(AbSettings settings, Map<Side, Revision> sides,
            AbScratch scratch, PrintStream out) throws AbException, IOException, InterruptedException {
        RevisionBuilder builder = new RevisionBuilder(scratch, settings.mvn, settings.classpathGoal);
        Map<String, RevisionBuilder.Build> bySha = new LinkedHashMap<>();
        Map<Side, RevisionBuilder.Build> builds = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            Revision revision = sides.get(side);
            if (revision.workingTree()) {
                builds.put(side, new RevisionBuilder.Build(settings.suiteRoot(), RevisionBuilder.currentClasspath()));
                continue;
            }
            RevisionBuilder.Build build = bySha.get(revision.sha());
            if (build == null) {
                out.printf(Locale.ROOT, "Building %s %s in %s ...%n", side.word(), revision.describe(), scratch.root());
                build = builder.build(revision, side.word() + " revision " + revision.describe());
                bySha.put(revision.sha(), build);
            }
            builds.put(side, build);
        }
        return builds;
    }

    private static Map<Side, List<RoundRunner.RoundResult>> runRounds(AbSettings settings, Map<Side, Revision> sides,
            Map<Side, RevisionBuilder.Build> builds, List<Round> schedule, AbScratch scratch, PrintStream out)
            throws AbException, IOException, InterruptedException {
        RoundRunner runner = new RoundRunner(settings);
        Map<Side, List<RoundRunner.RoundResult>> results = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            results.put(side, new ArrayList<>());
        }
        for (Round round : schedule) {
            RevisionBuilder.Build build = builds.get(round.side());
            out.printf(Locale.ROOT, "%n=== A/B round %d of %d: %s %s ===%n", round.number(), settings.rounds, round.side().word(),
                    sides.get(round.side()).describe());
            out.flush();
            results.get(round.side()).add(runner.run(round, sides.get(round.side()), build.classpath(), build.root(),
                    scratch.roundResults(round)));
        }
        return results;
    }

    private static int record(AbSettings settings, Map<Side, Revision> sides, Instant started, List<Round> schedule,
            Map<Side, List<RoundRunner.RoundResult>> results, ShutdownCleanup cleanup, PrintStream out, PrintStream err)
            throws IOException, AbException {
        Map<String, Object> abInfo = new LinkedHashMap<>();
        abInfo.put("baseline", sides.get(Side.BASELINE).ref());
        abInfo.put("candidate", sides.get(Side.CANDIDATE).ref());
        abInfo.put("rounds", settings.rounds);
        abInfo.put("order", Round.letters(schedule));
        Map<Side, SideRecord> records = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            records.put(side, SideRecord.of(side, sides.get(side), settings.label(side), started, results.get(side),
                    settings.sideJvmArgs(side), abInfo));
        }
        // Both merged before either is written: a merge that fails records nothing. Both sides are written
        // under the shutdown hook's lock: a Ctrl-C at this moment records both or neither.
        Map<Side, RunResults> runs = cleanup.unlessInterrupted(() -> writeSides(settings, records, out));

        RunComparison comparison;
        try {
            comparison = new RunComparator(settings.compare).compare(runs.get(Side.BASELINE), runs.get(Side.CANDIDATE));
        } catch (BadInputException e) {
            throw new AbException(e.getMessage(), 2);
        }
        out.println();
        out.print(ComparisonReport.text(comparison));
        RunResults baseline = runs.get(Side.BASELINE);
        RunResults candidate = runs.get(Side.CANDIDATE);
        Path markdown = settings.markdown.orElseGet(() -> settings.resultsDir().resolve("reports")
                .resolve("compare_" + candidate.id() + "_vs_" + baseline.id() + ".md"));
        AtomicFiles.writeString(markdown, ComparisonReport.markdown(comparison));
        out.println("Markdown: " + markdown);
        out.println("Again:    mvn jmh:compare -Djmh.baseline=" + baseline.id() + " -Djmh.candidate=" + candidate.id());
        if (comparison.hasRegression() && settings.failOnRegression) {
            err.println("jmh:ab: significant regression (" + comparison.count(Verdict.SLOWER)
                    + " slower); failing because -Djmh.failOnRegression=true");
            return 1;
        }
        return 0;
    }

    private static Map<Side, RunResults> writeSides(AbSettings settings, Map<Side, SideRecord> records, PrintStream out)
            throws IOException {
        Map<Side, RunResults> runs = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            Path json = records.get(side).write(settings.resultsDir());
            runs.put(side, RunReader.read(records.get(side).runId, json));
            out.println((side == Side.BASELINE ? "Baseline:  " : "Candidate: ") + json);
        }
        return runs;
    }
}
