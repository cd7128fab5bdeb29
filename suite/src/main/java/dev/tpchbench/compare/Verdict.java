package dev.tpchbench.compare;

/** The outcome for one benchmark x parameter set. FASTER means better, also for throughput. */
public enum Verdict {
    /** Significant and at least minEffect better. */
    FASTER,
    /** Significant and at least minEffect worse; the only verdict that fails a nightly. */
    SLOWER,
    /** No change of minEffect or more, and the row could have seen one (detectable <= minEffect). */
    NO_CHANGE,
    /** Not FASTER or SLOWER, but too noisy to rule out a minEffect change (detectable > minEffect). */
    INCONCLUSIVE,
    /** Not compared at all; the row's reason says why (only on one side, unverified rows, ...). */
    NOT_COMPARED
}
