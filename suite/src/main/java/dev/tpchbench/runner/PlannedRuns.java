package dev.tpchbench.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

import dev.tpchbench.cdata.Importer;
import dev.tpchbench.measure.CallsPerIteration;
import dev.tpchbench.measure.RingBatches;
import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.RowsPerSecond;
import dev.tpchbench.tpch.TpchRowCounts;
import dev.tpchbench.tpch.TpchTable;

/**
 * Every benchmark x parameter set a run must produce, with the rows each must verify. Worked out
 * before JMH starts, from the compiled benchmark list and the overrides, so that a benchmark that
 * failed (and that JMH silently leaves out of its results) is reported as missing.
 */
public final class PlannedRuns {
    static final String RING_BATCHES = RowsPerSecond.RING_BATCHES;
    static final String BATCH_ROWS = RowsPerSecond.BATCH_ROWS;
    static final String IMPORTER = "importer";

    private final Map<BenchmarkId, Long> expectedRows;
    private final Set<String> declaringIterations;
    /** Benchmark -> the measurement batch size its class declares (per-batch classes). */
    private final Map<String, Integer> declaredBatchSizes;

    private PlannedRuns(Map<BenchmarkId, Long> expectedRows, Set<String> declaringIterations,
            Map<String, Integer> declaredBatchSizes) {
        this.expectedRows = Collections.unmodifiableMap(expectedRows);
        this.declaringIterations = Collections.unmodifiableSet(declaringIterations);
        this.declaredBatchSizes = Map.copyOf(declaredBatchSizes);
    }

    /** Plans from the BenchmarkList compiled into the classpath. */
    public static PlannedRuns plan(RunConfig config) {
        OutputFormat silent = OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT);
        List<String> excludes = config.exclude() == null ? List.of() : List.of(config.exclude());
        SortedSet<BenchmarkListEntry> entries = BenchmarkList.defaultList()
                .find(silent, List.of(config.include()), excludes);
        Map<String, Map<String, List<String>>> declared = new TreeMap<>();
        Set<String> declaringIterations = new TreeSet<>();
        Map<String, Integer> declaredBatchSizes = new TreeMap<>();
        for (BenchmarkListEntry entry : entries) {
            if (entry.getMeasurementIterations().hasValue()) {
                declaringIterations.add(entry.getUsername());
            }
            if (entry.getMeasurementBatchSize().hasValue()) {
                declaredBatchSizes.put(entry.getUsername(), entry.getMeasurementBatchSize().get());
            }
            Map<String, List<String>> params = new LinkedHashMap<>();
            if (entry.getParams().hasValue()) {
                entry.getParams().get().forEach((name, values) -> params.put(name, List.of(values)));
            }
            declared.put(entry.getUsername(), params);
        }
        PlannedRuns plan = plan(declared, config.params(), config.perBatchParams(), config.include());
        return new PlannedRuns(plan.expectedRows, declaringIterations, declaredBatchSizes);
    }

    /**
     * @param declared benchmark name -> its parameters with their declared default values
     * @param overrides parameter values to use instead of the declared ones, where a benchmark has the parameter
     */
    static PlannedRuns plan(Map<String, Map<String, List<String>>> declared, Map<String, List<String>> overrides,
            String include) {
        return plan(declared, overrides, overrides, include);
    }

    /** @param perBatchOverrides the overrides of the per-batch benchmarks (those with a {@code ringBatches} parameter) */
    static PlannedRuns plan(Map<String, Map<String, List<String>>> declared, Map<String, List<String>> overrides,
            Map<String, List<String>> perBatchOverrides, String include) {
        if (declared.isEmpty()) {
            throw new IllegalArgumentException("no benchmark matches jmh.include='" + include
                    + "'; list them with -Djmh.list=true");
        }
        Set<String> known = new TreeSet<>();
        declared.values().forEach(params -> known.addAll(params.keySet()));
        for (String name : overrides.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "' in jmh.params; the selected "
                        + "benchmarks take: " + String.join(", ", known));
            }
        }
        Map<BenchmarkId, Long> expected = new TreeMap<>();
        declared.forEach((benchmark, params) -> {
            if (!params.containsKey("table") || !params.containsKey("scaleFactor")) {
                throw new IllegalStateException(benchmark + " has no table/scaleFactor parameters, so the gate "
                        + "cannot know what it must verify; every suite benchmark needs both");
            }
            boolean perBatch = params.containsKey(RING_BATCHES);
            Map<String, List<String>> values = new LinkedHashMap<>(params);
            (perBatch ? perBatchOverrides : overrides)
                    .forEach((name, override) -> values.computeIfPresent(name, (n, old) -> override));
            for (Map<String, String> combination : combinations(values)) {
                if (perBatch && !perBatchOverrides.containsKey(RING_BATCHES)) {
                    // As the runner passes it to JMH for each batch size (SuiteRunner).
                    combination.put(RING_BATCHES, String.valueOf(
                            RingBatches.forBatchRows(ParamRules.checkBatchRows(combination.get(BATCH_ROWS)))));
                }
                expected.put(new BenchmarkId(benchmark, combination), expectedRows(combination));
            }
        });
        if (expected.isEmpty()) {
            // JMH given no include at all would run every benchmark on the classpath.
            throw new IllegalArgumentException("nothing to run for jmh.include='" + include + "': parameter(s) "
                    + String.join(", ", unsetParams(declared, overrides)) + " have no values; give them with -Djmh.params=name=value");
        }
        return new PlannedRuns(expected, Set.of(), Map.of());
    }

    /**
     * Rows one iteration must verify: the whole table, or for a per-batch benchmark the rows of its
     * ring (the first {@code ringBatches} batches of {@code batchRows} rows, at most the table).
     */
    static long expectedRows(Map<String, String> params) {
        long tableRows = TpchRowCounts.expectedRows(TpchTable.parse(params.get("table")),
                ParamRules.checkScaleFactor(params.get("scaleFactor")));
        if (!params.containsKey(RING_BATCHES)) {
            return tableRows;
        }
        long ringRows = Math.multiplyExact(Long.parseLong(params.get(RING_BATCHES)), Long.parseLong(params.get(BATCH_ROWS)));
        return Math.min(tableRows, ringRows);
    }

    private static Set<String> unsetParams(Map<String, Map<String, List<String>>> declared,
            Map<String, List<String>> overrides) {
        Set<String> unset = new TreeSet<>();
        declared.values().forEach(params -> params.forEach((name, values) -> {
            if (values.isEmpty() && !overrides.containsKey(name)) {
                unset.add(name);
            }
        }));
        return unset;
    }

    private static List<Map<String, String>> combinations(Map<String, List<String>> values) {
        List<Map<String, String>> result = new ArrayList<>();
        result.add(new TreeMap<>());
        for (Map.Entry<String, List<String>> param : values.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : result) {
                for (String value : param.getValue()) {
                    Map<String, String> extended = new TreeMap<>(partial);
                    extended.put(param.getKey(), value);
                    next.add(extended);
                }
            }
            result = next;
        }
        return result;
    }

    /** This plan, with the measurement batch sizes the benchmarks' classes declare (as JMH's list has them). */
    PlannedRuns withDeclaredBatchSizes(Map<String, Integer> sizes) {
        return new PlannedRuns(expectedRows, declaringIterations, sizes);
    }

    /** Benchmark x parameter set -> rows it must verify, in a stable order. */
    public Map<BenchmarkId, Long> expectedRows() {
        return expectedRows;
    }

    /** The distinct benchmark names, for JMH's include list. */
    public Set<String> benchmarks() {
        Set<String> names = new TreeSet<>();
        expectedRows.keySet().forEach(id -> names.add(id.benchmark()));
        return names;
    }

    /**
     * The JMH starts the run needs, in a stable order: one for the benchmarks that take the preset's
     * iteration counts, one for those whose class declares its own, and one per batch size and calls per
     * iteration for the per-batch benchmarks ({@link CallsPerIteration#of}; the hand-written importer's
     * calls copy every value, so at the same batch size it starts apart from the zero-copy ones).
     */
    public List<JmhInvocation> invocations() {
        return List.copyOf(byInvocation().keySet());
    }

    /**
     * The parameters JMH gets for one of {@link #invocations}: {@code given} for the single-shot benchmarks; for a
     * per-batch start, every value its planned rows have (its batch size, the ring for it, and only the
     * importers whose calls it has), so that JMH runs exactly those rows.
     */
    public Map<String, List<String>> jmhParams(JmhInvocation invocation, Map<String, List<String>> given) {
        List<BenchmarkId> planned = byInvocation().get(invocation);
        if (planned == null) {
            throw new IllegalArgumentException("not a JMH start of this plan: " + invocation);
        }
        if (!invocation.perBatch()) {
            return given;
        }
        Map<String, Set<String>> values = new TreeMap<>();
        planned.forEach(id -> id.params().forEach(
                (name, value) -> values.computeIfAbsent(name, n -> new TreeSet<>()).add(value)));
        for (String benchmark : invocation.benchmarks()) {
            // JMH runs every combination of the values it gets: they must be the planned rows, no more.
            long rows = planned.stream().filter(id -> id.benchmark().equals(benchmark)).count();
            long combinations = planned.stream().filter(id -> id.benchmark().equals(benchmark)).findFirst()
                    .map(id -> id.params().keySet().stream().mapToLong(name -> values.get(name).size())
                            .reduce(1, Math::multiplyExact))
                    .orElse(0L);
            if (rows != combinations) {
                throw new IllegalStateException(benchmark + ": JMH would run " + combinations
                        + " parameter combinations for " + rows + " planned rows (" + values + ")");
            }
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        values.forEach((name, set) -> params.put(name, List.copyOf(set)));
        return params;
    }

    private Map<JmhInvocation, List<BenchmarkId>> byInvocation() {
        Map<JmhInvocationKey, Set<String>> names = new TreeMap<>();
        Map<JmhInvocationKey, List<BenchmarkId>> planned = new TreeMap<>();
        for (BenchmarkId id : expectedRows.keySet()) {
            boolean declaring = declaringIterations.contains(id.benchmark());
            Integer batchRows = RowsPerSecond.perBatch(id) ? Integer.valueOf(ParamRules.checkBatchRows(id.params().get(BATCH_ROWS))) : null;
            int calls = batchRows == null ? 0 : CallsPerIteration.of(
                    declaredBatchSizes.getOrDefault(id.benchmark(), CallsPerIteration.BY_BATCH_ROWS), batchRows,
                    copiesValues(id));
            JmhInvocationKey key = new JmhInvocationKey(declaring, batchRows == null ? 0 : batchRows, calls);
            names.computeIfAbsent(key, k -> new TreeSet<>()).add(id.benchmark());
            planned.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
        }
        Map<JmhInvocation, List<BenchmarkId>> invocations = new LinkedHashMap<>();
        planned.forEach((key, ids) -> invocations.put(
                new JmhInvocation(names.get(key), key.declaring(), key.batchRows() == 0 ? null : key.batchRows(),
                        key.calls() == 0 ? null : key.calls()), ids));
        return invocations;
    }

    private static boolean copiesValues(BenchmarkId id) {
        String importer = id.params().get(IMPORTER);
        return importer != null && Importer.parse(importer).copiesValues();
    }

    private record JmhInvocationKey(boolean declaring, int batchRows, int calls) implements Comparable<JmhInvocationKey> {
        @Override
        public int compareTo(JmhInvocationKey other) {
            int byShape = Boolean.compare(declaring, other.declaring);
            int byRows = byShape != 0 ? byShape : Integer.compare(batchRows, other.batchRows);
            return byRows != 0 ? byRows : Integer.compare(calls, other.calls);
        }
    }
}
