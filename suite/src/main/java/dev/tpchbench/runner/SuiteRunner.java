package dev.tpchbench.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;

import dev.tpchbench.digest.ExpectedDigestCache;
import dev.tpchbench.gate.RejectionLog;
import dev.tpchbench.measure.Canary;
import dev.tpchbench.output.OutputDirs;
import dev.tpchbench.results.AtomicFiles;
import dev.tpchbench.results.RoundMerge;
import dev.tpchbench.results.RunMeta;

/**
 * Runs JMH for the planned benchmarks, applies the integrity gate to what JMH produced, and writes
 * only verified results. Exit status 0 only if every planned benchmark x parameter set verified.
 *
 * <p>JMH runs without fail-on-error: with it, one failure would discard every result of the run;
 * without it, JMH leaves failures out and exits 0, which the gate turns into REJECTED/MISSING lines.
 */
public final class SuiteRunner {
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintStream out;

    public SuiteRunner(PrintStream out) {
        this.out = out;
    }

    /** What a finished run left: its exit status and, if results were written, their files. */
    public static final class RunReport {
        public final int exitCode;
        public final Path resultsFile;
        public final Path metadataFile;
        public final ResultGate.Outcome outcome;

        RunReport(int exitCode, Path resultsFile, Path metadataFile, ResultGate.Outcome outcome) {
            this.exitCode = exitCode;
            this.resultsFile = resultsFile;
            this.metadataFile = metadataFile;
            this.outcome = outcome;
        }
    }

    public RunReport run(RunConfig config) throws IOException {
        config.checkResultsDirWritable();
        PlannedRuns plan = PlannedRuns.plan(config);
        ForkJvm forkJvm = config.forkJvm();
        int stale = ScratchSpace.removeAbandoned(config.scratchParent());
        if (stale > 0) {
            out.println("Removed " + stale + " scratch folder(s) left by interrupted runs in " + config.scratchParent());
        }
        ScratchRoom.check(config.scratchParent(), plan);

        Instant started = Instant.now();
        RunMeta.Git git = Environment.git(config.suiteRoot());
        String runId = RUN_TIME.format(started) + "_" + git.shortSha() + "_" + config.label();
        try (ScratchSpace scratch = ScratchSpace.create(config.scratchParent(), runId)) {
            // A profiler that cannot start is a bad knob: refused here, before any benchmark runs.
            ProfilerSetup profilers = config.profilers().isEmpty() ? ProfilerSetup.none()
                    : ProfilerSetup.prepare(config.profilers(), scratch.profilerDir());
            out.printf(Locale.ROOT, "Run %s: %d benchmark x parameter sets planned (preset %s)%n", runId,
                    plan.expectedRows().size(), config.preset().presetName());
            out.println("Fork JVM: " + forkJvm.java() + " (Java " + forkJvm.version() + ", " + forkJvm.vendor() + ")");
            Path forkExecutable = ForkLauncher.forkExecutable(forkJvm.java(), config.glibcTunables(), scratch.root());
            out.println("Fork malloc: " + (config.glibcTunables().isEmpty() ? "glibc's defaults"
                    : "GLIBC_TUNABLES=" + config.glibcTunables()) + " (-Djmh.glibcTunables)");
            if (profilers.profiled()) {
                out.println("Profiled run (" + profilers.mark() + ")" + (profilers.note().isEmpty() ? ""
                        : ": async-profiler " + AsyncProfilerLibrary.version() + ", " + profilers.note()));
            }
            ShutdownCleanup cleanup = new ShutdownCleanup(scratch);
            Runtime.getRuntime().addShutdownHook(cleanup);
            try {
                JsonNode raw = runJmh(config, forkJvm, forkExecutable, plan, scratch, profilers);
                ResultGate.Outcome outcome = ResultGate.apply(plan, raw, RejectionLog.read(scratch.rejectionLog()));
                return cleanup.unlessInterrupted(() -> record(config, forkJvm, runId, started, git, outcome, profilers));
            } finally {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            }
        }
    }

    /**
     * Starts JMH as the run's fork order says (once per {@link JmhInvocation}, or once per invocation and round);
     * returns all results as one array, a row's forks from every round merged into one entry in round order.
     */
    private JsonNode runJmh(RunConfig config, ForkJvm forkJvm, Path forkExecutable, PlannedRuns plan,
            ScratchSpace scratch, ProfilerSetup profilers) throws IOException {
        List<ForkOrder.Start> starts = config.forkOrder().starts(plan.invocations(), config::forks);
        out.println("Fork order: " + config.forkOrder().knobValue() + " (-Djmh.forkOrder), " + starts.size()
                + " start(s) of JMH");
        Map<JmhInvocation, List<JsonNode>> parts = new LinkedHashMap<>();
        int number = 0;
        int withCanary = 0;
        // The runner's canary, not the forks': the same in every fork and on both sides of a comparison.
        try (Canary canary = Canary.start()) {
            for (ForkOrder.Start start : starts) {
                Path raw = scratch.rawResults(number++);
                ForkWindows windows = new ForkWindows(OutputFormatFactory.createFormatInstance(System.out,
                        VerboseMode.NORMAL), System::nanoTime);
                runJmh(config, forkJvm, forkExecutable, plan, start, raw, scratch, profilers, windows);
                JsonNode results = readRaw(raw);
                if (results != null) {
                    withCanary += ForkCanary.attach(results, windows.windows(), canary.samples());
                }
                parts.computeIfAbsent(start.invocation(), i -> new ArrayList<>())
                        .add(results == null ? JSON.createArrayNode() : results);
            }
        }
        ArrayNode all = JSON.createArrayNode();
        parts.forEach((invocation, results) -> {
            if (results.size() == 1) {
                results.get(0).forEach(all::add);
                return;
            }
            RoundMerge.Merged merged = RoundMerge.mergeComplete(results);
            merged.merged().forEach(all::add);
            merged.incomplete().forEach(row -> out.println("Left out " + row + ": missing from some of its "
                    + results.size() + " rounds (a fork failed; the gate reports it)"));
        });
        out.printf(Locale.ROOT, "Canary (%s, the machine's speed during each fork's measured iterations): "
                + "recorded for %d of %d results (one per row and start of JMH)%n", Canary.WORK, withCanary, countResults(parts));
        return all;
    }

    private static int countResults(Map<JmhInvocation, List<JsonNode>> parts) {
        return parts.values().stream().flatMap(List::stream).mapToInt(JsonNode::size).sum();
    }

    private void runJmh(RunConfig config, ForkJvm forkJvm, Path forkExecutable, PlannedRuns plan, ForkOrder.Start start,
            Path raw, ScratchSpace scratch, ProfilerSetup profilers, OutputFormat output) {
        JmhInvocation invocation = start.invocation();
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(start.forks())
                // Every class collects its garbage at the end of its iterations (CollectsOwnGarbage): JMH's
                // collection would idle at least 400 ms before each iteration (results/reference/gc-perbatch-20261207/).
                .shouldDoGC(false)
                .shouldFailOnError(false)
                .resultFormat(ResultFormatType.JSON)
                .result(raw.toString())
                // Set, not inherited: JMH would give each fork the runner's own flags, which a fork
                // of another Java version may not accept (Java 17 refuses Java 24's).
                .jvmArgs(forkJvmArgs(config, forkJvm, scratch, invocation).toArray(new String[0]))
                .jvmArgsAppend(config.extraJvmArgs().toArray(new String[0]))
                // The fork JVM's java, or the launcher that starts it under the run's malloc tunables.
                .jvm(forkExecutable.toString());
        if (!invocation.declaredIterations() || config.overridesDeclaredIterations()) {
            options.warmupIterations(config.warmupIterations()).measurementIterations(config.measurementIterations());
        }
        for (String benchmark : invocation.benchmarks()) {
            options.include("^" + Pattern.quote(benchmark) + "$");
        }
        if (invocation.perBatch()) {
            int calls = invocation.callsPerIteration();
            options.warmupBatchSize(calls).measurementBatchSize(calls).operationsPerInvocation(calls);
        }
        plan.jmhParams(invocation, config.params(invocation)).forEach((name, values) -> options.param(name, values.toArray(new String[0])));
        for (ProfilerSetup.JmhProfiler profiler : profilers.profilers()) {
            if (profiler.options().isEmpty()) {
                options.addProfiler(profiler.name());
            } else {
                options.addProfiler(profiler.name(), profiler.options());
            }
        }
        try {
            new Runner(options.build(), output).run();
        } catch (RunnerException e) {
            out.println("JMH stopped: " + e.getMessage() + " (results so far are still checked)");
        }
    }

    private static List<String> forkJvmArgs(RunConfig config, ForkJvm forkJvm, ScratchSpace scratch,
            JmhInvocation invocation) {
        List<String> args = new ArrayList<>(SuiteJvmFlags.forJvm(forkJvm.feature()));
        args.addAll(invocation.perBatch() ? config.preset().perBatchHeap() : config.preset().forkHeap());
        args.add("-D" + RejectionLog.PROPERTY + "=" + scratch.rejectionLog());
        args.add("-D" + OutputDirs.SCRATCH_PROPERTY + "=" + scratch.dataDir());
        args.add("-Djava.io.tmpdir=" + scratch.tempDir());
        // Expected digests of whole tables outlive the run: computing one at SF 10 takes minutes.
        args.add("-D" + ExpectedDigestCache.FOLDER_PROPERTY + "=" + config.scratchParent().resolve(ExpectedDigestCache.FOLDER_NAME));
        return args;
    }

    private static JsonNode readRaw(Path raw) throws IOException {
        if (!Files.exists(raw) || Files.size(raw) == 0) {
            return null;
        }
        return JSON.readTree(raw.toFile());
    }

    private RunReport record(RunConfig config, ForkJvm forkJvm, String runId, Instant started, RunMeta.Git git,
            ResultGate.Outcome outcome, ProfilerSetup profilers) throws IOException {
        Path dir = config.resultsDir();
        Path results = dir.resolve(runId + ".json");
        Path profiles = dir.resolve(runId + ProfileFolders.SUFFIX);
        Path summary = dir.resolve(runId + ".summary.md");
        Path metadata = dir.resolve(runId + ".meta.json");

        ArrayNode verified = JSON.createArrayNode();
        outcome.verifiedJson().forEach(verified::add);
        String table = SummaryTable.render(outcome, false);
        String writes = WriteComparison.render(outcome);
        int profiled = profilers.profilesDir().isPresent()
                ? ProfileFolders.keep(profilers.profilesDir().get(), outcome.verifiedJson(), profiles) : 0;
        String profileLine = profilers.profilesDir().isEmpty() ? ""
                : "Profiles: " + profiled + " flame graph folder(s) in " + profiles + " (" + profilers.mark() + "; "
                        + profilers.note() + "). Timings of a profiled run carry the profiler's overhead: "
                        + "jmh:compare refuses to compare them with an unprofiled run.";
        // The metadata file is written last: a run without one was interrupted and is not complete.
        AtomicFiles.writeString(results, JSON.writeValueAsString(verified));
        AtomicFiles.writeString(summary, "# Run " + runId + "\n\n" + SummaryTable.render(outcome, true)
                + (writes.isEmpty() ? "" : "\n## Writes: Lance paths against the Parquet baseline\n\n" + writes)
                + (profileLine.isEmpty() ? "" : "\n" + profileLine + "\n"));
        metadata(config, forkJvm, runId, started, git, outcome, profilers, profiled > 0 ? profiles : null).write(metadata);

        out.println();
        out.println("Summary (" + outcome.verified().size() + " verified, " + outcome.rejected().size()
                + " rejected, " + outcome.missing().size() + " missing"
                + (outcome.refused().isEmpty() ? "" : ", " + outcome.refused().size() + " refused") + "):");
        out.print(table);
        out.println();
        if (!writes.isEmpty()) {
            out.println("Writes: Lance paths against the Parquet baseline (also in " + summary.getFileName() + "):");
            out.println();
            out.print(writes);
        }
        out.println("Results:  " + results);
        out.println("Metadata: " + metadata);
        if (!profileLine.isEmpty()) {
            out.println(profileLine);
        }
        if (!outcome.passed()) {
            out.println("FAILED: results above marked REJECTED or MISSING have no score in " + results.getFileName());
        }
        return new RunReport(outcome.passed() ? 0 : 1, results, metadata, outcome);
    }

    private static RunMeta metadata(RunConfig config, ForkJvm forkJvm, String runId, Instant started, RunMeta.Git git,
            ResultGate.Outcome outcome, ProfilerSetup profilers, Path profiles) {
        RunMeta.Jmh jmh = new RunMeta.Jmh(List.of(config.include()), config.exclude(), config.params(), config.forks(),
                config.perBatchForks(),
                config.perBatchParams().equals(config.params()) ? null : config.perBatchParams(),
                config.warmupIterations(), config.measurementIterations(), !config.overridesDeclaredIterations(), true,
                config.profilers(), forkJvm.java().toString(), config.preset().forkHeap(),
                config.preset().perBatchHeap(), config.glibcTunables(), config.forkOrder().knobValue(), null);
        RunMeta.Gate gate = new RunMeta.Gate(outcome.expectedRows().size(), outcome.verified().size(), outcome.rejected(),
                outcome.missing(), outcome.refused());
        // null for an unprofiled run; a profiled one is never compared with an unprofiled one.
        String profilerNote = profilers.profiled() && !profilers.note().isEmpty()
                ? "async-profiler " + AsyncProfilerLibrary.version() + ", " + profilers.note() : null;
        // The benchmarks' JVM (what a comparison checks), and the runner's, which only drives JMH.
        return new RunMeta(RunMeta.FORMAT_VERSION, runId, started.toString(), Instant.now().toString(), config.label(),
                config.preset().presetName(), profilers.mark(), profilerNote,
                profiles == null ? null : profiles.getFileName().toString(), git, Environment.machine(), forkJvm.toMeta(),
                Environment.jdk(),
                Environment.versions(), jmh, gate, outcome.passed() ? "PASSED" : "FAILED");
    }
}
