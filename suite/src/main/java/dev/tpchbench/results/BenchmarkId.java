package dev.tpchbench.results;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * A benchmark method and one set of its parameter values: the unit the gate accepts or rejects and
 * the comparison and the history line up across runs. Parameters are kept sorted by name.
 */
public record BenchmarkId(String benchmark, Map<String, String> params) implements Comparable<BenchmarkId> {
    private static final Comparator<BenchmarkId> ORDER =
            Comparator.comparing(BenchmarkId::benchmark).thenComparing(id -> id.paramsText(" "));

    public BenchmarkId {
        Objects.requireNonNull(benchmark);
        params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
    }

    /** The id of the benchmark JMH is running now (inject BenchmarkParams into a fixture method). */
    public static BenchmarkId of(BenchmarkParams jmhParams) {
        Map<String, String> params = new TreeMap<>();
        for (String key : jmhParams.getParamsKeys()) {
            params.put(key, jmhParams.getParam(key));
        }
        return new BenchmarkId(jmhParams.getBenchmark(), params);
    }

    /** The class and method without the package, e.g. {@code CDataImportBenchmark.importBatches}. */
    public String shortName() {
        int method = benchmark.lastIndexOf('.');
        int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
        return benchmark.substring(type + 1);
    }

    /** {@code scaleFactor=1, table=lineitem}: parameters in name order, as the gate and the summary show them. */
    public String paramsText() {
        return paramsText(", ");
    }

    /** The parameters in name order; the comparison and the charts separate them with a space. */
    public String paramsText(String separator) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(separator));
    }

    /** A chart's title: {@code LanceWriteBenchmark.writeTable scaleFactor=1 table=lineitem}. */
    public String displayName() {
        return params.isEmpty() ? shortName() : shortName() + " " + paramsText(" ");
    }

    @Override
    public int compareTo(BenchmarkId other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return shortName() + " (" + paramsText() + ")";
    }
}
