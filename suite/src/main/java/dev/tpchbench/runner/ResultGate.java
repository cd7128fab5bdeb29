package dev.tpchbench.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.BenchmarkResult;
import dev.tpchbench.results.Numbers;
import dev.tpchbench.results.Rejection;
import dev.tpchbench.results.ResultsFormatException;
import dev.tpchbench.results.RunReader;

/**
 * The run-level integrity gate. JMH leaves a failed benchmark out of its results and still exits 0;
 * this compares what JMH produced with what was planned: every planned benchmark x parameter set
 * must be there, and every measured iteration must have verified exactly the expected rows.
 * Only entries that pass are kept.
 */
public final class ResultGate {
    private static final String ROWS_METRIC = BenchmarkResult.ROWS_METRIC;

    private ResultGate() {
    }

    /** The outcome of the gate: what may be recorded, and what may not and why. */
    public static final class Outcome {
        private final Map<BenchmarkId, BenchmarkResult> verified;
        private final List<JsonNode> verifiedJson;
        private final List<Rejection> rejected;
        private final List<Rejection> missing;
        private final List<Rejection> refused;
        private final Map<BenchmarkId, Long> expectedRows;

        Outcome(Map<BenchmarkId, BenchmarkResult> verified, List<JsonNode> verifiedJson, List<Rejection> rejected,
                List<Rejection> missing, List<Rejection> refused, Map<BenchmarkId, Long> expectedRows) {
            this.verified = Collections.unmodifiableMap(verified);
            this.verifiedJson = Collections.unmodifiableList(verifiedJson);
            this.rejected = Collections.unmodifiableList(rejected);
            this.missing = Collections.unmodifiableList(missing);
            this.refused = Collections.unmodifiableList(refused);
            this.expectedRows = expectedRows;
        }

        /** Verified JMH result entries, in plan order. */
        public Map<BenchmarkId, BenchmarkResult> verified() {
            return verified;
        }

        /** The same entries exactly as JMH wrote them, for the results file. */
        public List<JsonNode> verifiedJson() {
            return verifiedJson;
        }

        public List<Rejection> rejected() {
            return rejected;
        }

        public List<Rejection> missing() {
            return missing;
        }

        /** Paths refused before they started because they cannot run here: not failures. */
        public List<Rejection> refused() {
            return refused;
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
     * @throws ResultsFormatException if an entry is not a JMH result (no benchmark or primary metric)
     */
    public static Outcome apply(PlannedRuns plan, JsonNode jmhResults, List<Rejection> recorded)
            throws ResultsFormatException {
        Map<BenchmarkId, BenchmarkResult> byId = new LinkedHashMap<>();
        Map<BenchmarkId, JsonNode> jsonById = new LinkedHashMap<>();
        List<Rejection> rejected = new ArrayList<>();
        if (jmhResults != null) {
            for (JsonNode entry : jmhResults) {
                BenchmarkResult result = RunReader.result(entry, "JMH's results");
                if (!plan.expectedRows().containsKey(result.key())) {
                    rejected.add(new Rejection(result.key(), "not planned: no expected row count to verify it against"));
                } else {
                    byId.put(result.key(), result);
                    jsonById.put(result.key(), entry);
                }
            }
        }
        Map<BenchmarkId, String> recordedReasons = new LinkedHashMap<>();
        Map<BenchmarkId, Rejection> refusals = new LinkedHashMap<>();
        for (Rejection r : recorded) {
            if (r.refused()) {
                refusals.putIfAbsent(r.id(), r);
                continue;
            }
            recordedReasons.merge(r.id(), r.reason(), (a, b) -> a.equals(b) ? a : a + " | " + b);
        }

        Map<BenchmarkId, BenchmarkResult> verified = new LinkedHashMap<>();
        List<JsonNode> verifiedJson = new ArrayList<>();
        List<Rejection> missing = new ArrayList<>();
        List<Rejection> refused = new ArrayList<>();
        plan.expectedRows().forEach((id, rows) -> {
            BenchmarkResult result = byId.get(id);
            if (result == null) {
                String reason = recordedReasons.get(id);
                if (reason == null && refusals.containsKey(id)) {
                    refused.add(refusals.get(id));
                } else if (reason != null) {
                    rejected.add(new Rejection(id, reason));
                } else {
                    missing.add(new Rejection(id, "no result: the benchmark failed or was not run (see the JMH log above)"));
                }
                return;
            }
            String problem = rowsProblem(result, rows);
            if (problem == null && recordedReasons.containsKey(id)) {
                // A fork recorded a failure but JMH still produced a result (e.g. another fork passed).
                problem = recordedReasons.get(id);
            }
            if (problem == null) {
                verified.put(id, result);
                verifiedJson.add(jsonById.get(id));
            } else {
                rejected.add(new Rejection(id, problem));
            }
        });
        return new Outcome(verified, verifiedJson, rejected, missing, refused, plan.expectedRows());
    }

    /** Null when every measured iteration verified exactly {@code expected} rows. */
    static String rowsProblem(BenchmarkResult result, long expected) {
        if (!result.secondary().containsKey(ROWS_METRIC)) {
            return "no " + ROWS_METRIC + " metric: the benchmark does not report what it verified";
        }
        for (double rows : result.rowsVerified()) {
            if (rows != expected) {
                return formatRows(rows) + " of " + Numbers.grouped(expected) + " rows verified in an iteration (expected "
                        + Numbers.grouped(expected) + ")";
            }
        }
        return result.rowsVerified().isEmpty() ? "no measured iteration reported " + ROWS_METRIC : null;
    }

    private static String formatRows(double rows) {
        return Double.isNaN(rows) ? "unknown" : Numbers.grouped((long) rows);
    }
}
