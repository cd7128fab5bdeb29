package dev.tpchbench.compare;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.BenchmarkResult;
import dev.tpchbench.results.RunMeta;
import dev.tpchbench.results.RunResults;

/** Builders for in-memory results, for tests that need exact samples rather than fixture files. */
final class Samples {
    static final BenchmarkId KEY = new BenchmarkId("dev.tpchbench.bench.LanceWriteBenchmark.writeTable",
            Map.of("table", "lineitem", "scaleFactor", "1"));

    private Samples() {
    }

    /** n samples around {@code mean} with relative spread {@code cv}, reproducible from the seed. */
    static double[] normal(double mean, double cv, int n, long seed) {
        return normal(mean, cv, n, new Random(seed));
    }

    /** The same from a shared generator, for many draws from one fixed seed. */
    static double[] normal(double mean, double cv, int n, Random random) {
        double[] samples = new double[n];
        for (int i = 0; i < n; i++) {
            samples[i] = mean * (1 + cv * random.nextGaussian());
        }
        return samples;
    }

    static BenchmarkResult result(String unit, double[] samples) {
        return result(unit, samples, Collections.nCopies(samples.length, 6_001_215.0));
    }

    static BenchmarkResult result(String unit, double[] samples, List<Double> rows) {
        return result(KEY, unit, samples, rows);
    }

    static BenchmarkResult result(BenchmarkId key, String unit, double[] samples) {
        return result(key, unit, samples, Collections.nCopies(samples.length, 6_001_215.0));
    }

    private static BenchmarkResult result(BenchmarkId key, String unit, double[] samples, List<Double> rows) {
        String mode = unit.startsWith("ops/") ? "thrpt" : "avgt";
        double mean = java.util.Arrays.stream(samples).average().orElse(Double.NaN);
        return new BenchmarkResult(key, mode, mean, Double.NaN, unit, List.of(samples), Map.of(BenchmarkResult.ROWS_METRIC, rows));
    }

    static RunResults run(String id, BenchmarkResult... results) {
        TreeMap<BenchmarkId, BenchmarkResult> entries = new TreeMap<>();
        for (BenchmarkResult r : results) {
            entries.put(r.key(), r);
        }
        return new RunResults(id, Path.of(id + ".json"), null, Optional.of(meta(id, "Xeon", 2)), entries);
    }

    /** {@code run} with {@code meta} in place of its own. */
    static RunResults withMeta(RunResults run, RunMeta meta) {
        return new RunResults(run.id(), run.jsonFile(), run.time(), Optional.of(meta), run.entries());
    }

    /** {@code run}'s meta with another profiler and git revision, the rest kept. */
    static RunResults withProfilerAndGit(RunResults run, String profiler, RunMeta.Git git) {
        RunMeta m = run.meta().orElseThrow();
        return withMeta(run, new RunMeta(m.formatVersion(), m.runId(), m.startedUtc(), m.finishedUtc(), m.label(),
                m.preset(), profiler, m.profilerNote(), m.profiles(), git, m.machine(), m.jdk(), m.runnerJdk(),
                m.versions(), m.jmh(), m.gate(), m.status()));
    }

    static RunMeta meta(String id, String cpu, int cpus) {
        return meta(id, cpu, cpus, null);
    }

    /** @param glibcTunables the forks' GLIBC_TUNABLES, null as in runs recorded before it was */
    static RunMeta meta(String id, String cpu, int cpus, String glibcTunables) {
        return meta(id, cpu, cpus, glibcTunables, null);
    }

    /** @param forkOrder the run's fork order, null as in runs recorded before it was */
    static RunMeta meta(String id, String cpu, int cpus, String glibcTunables, String forkOrder) {
        return meta(id, cpu, cpus, glibcTunables, forkOrder, null);
    }

    /** @param interleaved true as a side of jmh:ab records, null as jmh:run does */
    static RunMeta meta(String id, String cpu, int cpus, String glibcTunables, String forkOrder, Boolean interleaved) {
        return new RunMeta(RunMeta.FORMAT_VERSION, id, null, null, "nightly", "quick", null, null, null,
                new RunMeta.Git("abc", "abc", false),
                new RunMeta.Machine("Linux", cpu, cpus, 1L << 34),
                new RunMeta.Jdk("17.0.15", "Debian", null, null, null, null), null, Map.of(),
                new RunMeta.Jmh(List.of(".*"), null, Map.of(), 1, null, null, 1, 1, true, true, List.of(), null, List.of(), null,
                        glibcTunables, forkOrder, interleaved),
                new RunMeta.Gate(1, 1, List.of(), List.of()), "PASSED");
    }
}
