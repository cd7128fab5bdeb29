package dev.tpchbench.results;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One benchmark method with one parameter set: the unit that is compared across runs. */
public record BenchmarkKey(String benchmark, SortedMap<String, String> params) implements Comparable<BenchmarkKey> {
    private static final Comparator<BenchmarkKey> ORDER =
            Comparator.comparing(BenchmarkKey::benchmark).thenComparing(BenchmarkKey::paramsText);

    public BenchmarkKey {
        params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
    }

    public static BenchmarkKey of(String benchmark, Map<String, String> params) {
        return new BenchmarkKey(benchmark, new TreeMap<>(params));
    }

    /** The class and method only, e.g. {@code LanceWriteBenchmark.writeTable}. */
    public String shortName() {
        int method = benchmark.lastIndexOf('.');
        int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
        return benchmark.substring(type + 1);
    }

    /** {@code scaleFactor=1 table=lineitem}, sorted by name; empty without parameters. */
    public String paramsText() {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    public String displayName() {
        return params.isEmpty() ? shortName() : shortName() + " " + paramsText();
    }

    @Override
    public int compareTo(BenchmarkKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return benchmark + (params.isEmpty() ? "" : " {" + paramsText() + "}");
    }
}
