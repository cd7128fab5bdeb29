package dev.tpchbench.compare;

import java.util.Optional;

import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.BenchmarkResult;

/**
 * One benchmark x parameter set of a comparison. {@code estimate} is present only for compared
 * rows; {@code reason} explains NOT_COMPARED and is empty otherwise; {@code canary} is the compared row
 * adjusted for the machine's speed, or why it could not be (shown beside the verdict, never deciding it).
 */
public record ComparisonRow(BenchmarkId key, Optional<BenchmarkResult> baseline, Optional<BenchmarkResult> candidate,
                            Optional<RatioEstimate> estimate, Verdict verdict, String reason,
                            Optional<CanaryAdjustment> canary) {

    ComparisonRow(BenchmarkId key, Optional<BenchmarkResult> baseline, Optional<BenchmarkResult> candidate,
                  Optional<RatioEstimate> estimate, Verdict verdict, String reason) {
        this(key, baseline, candidate, estimate, verdict, reason, Optional.empty());
    }

    static ComparisonRow notCompared(BenchmarkId key, Optional<BenchmarkResult> baseline,
                                     Optional<BenchmarkResult> candidate, String reason) {
        return new ComparisonRow(key, baseline, candidate, Optional.empty(), Verdict.NOT_COMPARED, reason);
    }
}
