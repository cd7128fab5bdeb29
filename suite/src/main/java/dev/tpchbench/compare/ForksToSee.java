package dev.tpchbench.compare;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A planning figure for a row that could not see the min effect: how many forks per side, with the same
 * iterations per fork and the same spread, would narrow the interval that decided its verdict to the min
 * effect (the canary-adjusted one when it decided). The spread is itself uncertain with few forks, so it is an
 * order of magnitude, not a promise.
 *
 * @param forks the count; empty when even {@value LogWelchTest#MOST_FORKS} forks per side would not do
 */
record ForksToSee(OptionalInt forks) {

    /** Empty when the row was not compared, or when a side ran one fork (its spread between forks is unknown). */
    static Optional<ForksToSee> of(ComparisonRow row, CompareSettings settings) {
        if (row.estimate().isEmpty()) {
            return Optional.empty();
        }
        if (row.decidedByCanary()) {
            // Computed with the same settings when the row was compared (CanaryAdjustment keeps no fork logs).
            return Optional.of(new ForksToSee(row.canary().orElseThrow().forksToSee()));
        }
        List<double[]> b = row.baseline().orElseThrow().forks();
        List<double[]> c = row.candidate().orElseThrow().forks();
        if (b.size() < 2 || c.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new ForksToSee(LogWelchTest.forksToSee(b, c, settings.alpha(), settings.minEffect())));
    }

    /** {@code about 14 forks per side would see 5%}, or that more than the most looked at would be needed. */
    String phrase(String effect) {
        return forks.isPresent() ? "about " + forks.getAsInt() + " forks per side would see " + effect
                : "more than " + LogWelchTest.MOST_FORKS + " forks per side would be needed to see " + effect;
    }

    /** For ordering and medians: beyond the most looked at counts as one more than that. */
    int orBeyond() {
        return forks.orElse(LogWelchTest.MOST_FORKS + 1);
    }
}
