package dev.tpchbench.history;

import dev.tpchbench.results.BenchmarkId;

/** One line on a history chart: a benchmark x parameter set in one unit (a unit change starts a new series). */
public record SeriesKey(BenchmarkId key, String unit) implements Comparable<SeriesKey> {
    @Override
    public int compareTo(SeriesKey other) {
        int byKey = key.compareTo(other.key);
        return byKey != 0 ? byKey : unit.compareTo(other.unit);
    }

    /** A file name for this series' chart, e.g. {@code LanceWriteBenchmark.writeTable_scaleFactor-1_table-lineitem}. */
    public String fileName() {
        String params = key.params().entrySet().stream().map(e -> "_" + e.getKey() + "-" + e.getValue())
                .reduce("", String::concat);
        return (key.shortName() + params + "_" + unit).replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
