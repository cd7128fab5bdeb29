package dev.tpchbench.results;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;


/**
 * One run as read from results/: its entries keyed by benchmark and sorted parameters, and its
 * meta file if there is one (a run without meta cannot be shown to have passed the gate).
 *
 * @param id   the run stem, or {@code baseline:<name>} for a pinned baseline
 * @param time when the run started, from the stem or the meta file; null if neither says
 */
public record RunResults(String id, Path jsonFile, Instant time, Optional<RunMeta> meta,
                         SortedMap<BenchmarkId, BenchmarkResult> entries) {

    public RunResults {
        entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }

    /** This run with every result {@code factor} times slower (see {@link BenchmarkResult#slowedBy}), its id saying so. */
    public RunResults slowedBy(double factor) {
        SortedMap<BenchmarkId, BenchmarkResult> slowed = new TreeMap<>();
        entries.forEach((key, result) -> slowed.put(key, result.slowedBy(factor)));
        return new RunResults(id + " (PLANTED: every sample x" + Numbers.fixed(factor, 3) + " slower)",
                jsonFile, time, meta, slowed);
    }

    public Optional<BenchmarkResult> entry(BenchmarkId key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The gate's reason if it rejected or missed this key in this run. */
    public Optional<String> gateProblem(BenchmarkId key) {
        if (meta.isEmpty()) {
            return Optional.empty();
        }
        for (Rejection issue : meta.get().gate().rejected()) {
            if (issue.id().equals(key)) {
                return Optional.of("rejected by gate: " + issue.reason());
            }
        }
        for (Rejection issue : meta.get().gate().missing()) {
            if (issue.id().equals(key)) {
                return Optional.of("missing: " + issue.reason());
            }
        }
        return Optional.empty();
    }

    public String label() {
        return meta.map(RunMeta::label).orElseGet(() -> RunStem.parse(id).map(RunStem::label).orElse("?"));
    }
}
