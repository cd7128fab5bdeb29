package dev.tpchbench.compare;

import java.util.Optional;

import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.BenchmarkResult;

/**
 * One benchmark x parameter set of a comparison. {@code estimate} is present only for compared
 * rows; {@code reason} explains NOT_COMPARED and is empty otherwise; {@code canary} is the compared row
 * adjusted for the machine's speed, or why it could not be. The verdict comes from {@link #decidingEstimate}.
 */
public record ComparisonRow(BenchmarkId key, Optional<BenchmarkResult> baseline, Optional<BenchmarkResult> candidate,
                            Optional<RatioEstimate> estimate, Verdict verdict, String reason,
                            Optional<CanaryAdjustment> canary) {

    ComparisonRow(BenchmarkId key, Optional<BenchmarkResult> baseline, Optional<BenchmarkResult> candidate,
                  Optional<RatioEstimate> estimate, Verdict verdict, String reason) {
        this(key, baseline, candidate, estimate, verdict, reason, Optional.empty());
    }

    /** True when the canary-adjusted estimate decided the verdict ({@link CanaryAdjustment#decides}). */
    public boolean decidedByCanary() {
        return estimate.isPresent() && canary.map(c -> c.decides(estimate.get())).orElse(false);
    }

    /** The estimate the verdict came from: the canary-adjusted one when it decides, else the unadjusted one. */
    public Optional<RatioEstimate> decidingEstimate() {
        return decidedByCanary() ? canary.flatMap(CanaryAdjustment::adjusted) : estimate;
    }

    static ComparisonRow notCompared(BenchmarkId key, Optional<BenchmarkResult> baseline,
                                     Optional<BenchmarkResult> candidate, String reason) {
        return new ComparisonRow(key, baseline, candidate, Optional.empty(), Verdict.NOT_COMPARED, reason);
    }
}
