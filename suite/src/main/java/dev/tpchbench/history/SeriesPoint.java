package dev.tpchbench.history;

import java.time.Instant;

/** One run's score in a series; {@code error} is JMH's half-width (NaN with fewer than two samples). */
public record SeriesPoint(String runId, Instant time, String shortSha, String label, double score, double error) {
}
