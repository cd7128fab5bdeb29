package dev.tpchbench.gate;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.openjdk.jmh.infra.BenchmarkParams;

/** A benchmark method and one set of its parameter values: the unit the gate accepts or rejects. */
public final class BenchmarkId implements Comparable<BenchmarkId> {
    private final String benchmark;
    private final Map<String, String> params;

    public BenchmarkId(String benchmark, Map<String, String> params) {
        this.benchmark = Objects.requireNonNull(benchmark);
        this.params = Collections.unmodifiableMap(new TreeMap<>(params));
    }

    /** The id of the benchmark JMH is running now (inject BenchmarkParams into a fixture method). */
    public static BenchmarkId of(BenchmarkParams jmhParams) {
        Map<String, String> params = new TreeMap<>();
        for (Object key : jmhParams.getParamsKeys()) {
            params.put((String) key, jmhParams.getParam((String) key));
        }
        return new BenchmarkId(jmhParams.getBenchmark(), params);
    }

    public String benchmark() {
        return benchmark;
    }

    public Map<String, String> params() {
        return params;
    }

    /** The method name without the package, e.g. {@code CDataImportBenchmark.importBatches}. */
    public String shortName() {
        int method = benchmark.lastIndexOf('.');
        int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
        return benchmark.substring(type + 1);
    }

    /** {@code table=lineitem, scaleFactor=1}: parameters in name order. */
    public String paramsText() {
        StringJoiner text = new StringJoiner(", ");
        params.forEach((name, value) -> text.add(name + "=" + value));
        return text.toString();
    }

    @Override
    public int compareTo(BenchmarkId other) {
        int byName = benchmark.compareTo(other.benchmark);
        return byName != 0 ? byName : paramsText().compareTo(other.paramsText());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BenchmarkId && benchmark.equals(((BenchmarkId) o).benchmark)
                && params.equals(((BenchmarkId) o).params);
    }

    @Override
    public int hashCode() {
        return Objects.hash(benchmark, params);
    }

    @Override
    public String toString() {
        return shortName() + " (" + paramsText() + ")";
    }
}
