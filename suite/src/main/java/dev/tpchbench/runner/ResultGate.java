package dev.tpchbench.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tpchbench.gate.BenchmarkId;
import dev.tpchbench.gate.Rejection;
import dev.tpchbench.results.Numbers;

/**
 * The run-level integrity gate. JMH leaves a failed benchmark out of its results and still exits 0;
 * this compares what JMH produced with what was planned: every planned benchmark x parameter set
 * must be there, and every measured iteration must have verified exactly the expected rows.
 * Only entries that pass are kept.
 */
public final class ResultGate {
    public static final String ROWS_METRIC = "rowsVerified";

    private ResultGate() {
    }

    /** The outcome of the gate: what may be recorded, and what may not and why. */
    public static final class Outcome {
        private final Map<BenchmarkId, JsonNode> verified;
        private final List<Rejection> rejected;
        private final List<Rejection> missing;
        private final Map<BenchmarkId, Long> expectedRows;

        Outcome(Map<BenchmarkId, JsonNode> verified, List<Rejection> rejected, List<Rejection> missing,
                Map<BenchmarkId, Long> expectedRows) {
            this.verified = Collections.unmodifiableMap(verified);
            this.rejected = Collections.unmodifiableList(rejected);
            this.missing = Collections.unmodifiableList(missing);
            this.expectedRows = expectedRows;
        }

        /** Verified JMH result entries, unchanged, in plan order. */
        public Map<BenchmarkId, JsonNode> verified() {
            return verified;
        }

        public List<Rejection> rejected() {
            return rejected;
        }

        public List<Rejection> missing() {
            return missing;
        }

        public Map<BenchmarkId, Long> expectedRows() {
            return expectedRows;
        }

        public boolean passed() {
            return rejected.isEmpty() && missing.isEmpty();
        }
    }

    /**
     * @param jmhResults the array JMH wrote (may be empty or null if JMH wrote nothing)
     * @param recorded the failures the forks recorded in the rejection log, with their reasons
     */
    public static Outcome apply(PlannedRuns plan, JsonNode jmhResults, List<Rejection> recorded) {
        Map<BenchmarkId, JsonNode> byId = new LinkedHashMap<>();
        List<Rejection> rejected = new ArrayList<>();
        if (jmhResults != null) {
            for (JsonNode entry : jmhResults) {
                BenchmarkId id = idOf(entry);
                if (!plan.expectedRows().containsKey(id)) {
                    rejected.add(new Rejection(id, "not planned: no expected row count to verify it against"));
                } else {
                    byId.put(id, entry);
                }
            }
        }
        Map<BenchmarkId, String> recordedReasons = new LinkedHashMap<>();
        for (Rejection r : recorded) {
            recordedReasons.merge(r.id(), r.reason(), (a, b) -> a.equals(b) ? a : a + " | " + b);
        }

        Map<BenchmarkId, JsonNode> verified = new LinkedHashMap<>();
        List<Rejection> missing = new ArrayList<>();
        plan.expectedRows().forEach((id, rows) -> {
            JsonNode entry = byId.get(id);
            if (entry == null) {
                String reason = recordedReasons.get(id);
                if (reason != null) {
                    rejected.add(new Rejection(id, reason));
                } else {
                    missing.add(new Rejection(id, "no result: the benchmark failed or was not run (see the JMH log above)"));
                }
                return;
            }
            String problem = rowsProblem(entry, rows);
            if (problem == null && recordedReasons.containsKey(id)) {
                // A fork recorded a failure but JMH still produced a result (e.g. another fork passed).
                problem = recordedReasons.get(id);
            }
            if (problem == null) {
                verified.put(id, entry);
            } else {
                rejected.add(new Rejection(id, problem));
            }
        });
        return new Outcome(verified, rejected, missing, plan.expectedRows());
    }

    /** Null when every measured iteration verified exactly {@code expected} rows. */
    static String rowsProblem(JsonNode entry, long expected) {
        JsonNode metric = entry.path("secondaryMetrics").path(ROWS_METRIC);
        if (metric.isMissingNode()) {
            return "no " + ROWS_METRIC + " metric: the benchmark does not report what it verified";
        }
        JsonNode forks = metric.path("rawData");
        int samples = 0;
        for (JsonNode fork : forks) {
            for (JsonNode sample : fork) {
                samples++;
                double rows = sample.asDouble(Double.NaN);
                if (rows != expected) {
                    return formatRows(rows) + " of " + Numbers.grouped(expected) + " rows verified in an iteration (expected "
                            + Numbers.grouped(expected) + ")";
                }
            }
        }
        return samples == 0 ? "no measured iteration reported " + ROWS_METRIC : null;
    }

    private static String formatRows(double rows) {
        return Double.isNaN(rows) ? "unknown" : Numbers.grouped((long) rows);
    }

    static BenchmarkId idOf(JsonNode entry) {
        Map<String, String> params = new TreeMap<>();
        entry.path("params").fields().forEachRemaining(f -> params.put(f.getKey(), f.getValue().asText()));
        return new BenchmarkId(entry.path("benchmark").asText(), params);
    }
}
