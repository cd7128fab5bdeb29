package dev.tpchbench.compare;

/** The outcome for one benchmark x parameter set. FASTER means better, also for throughput. */
public enum Verdict {
    FASTER,
    SLOWER,
    NO_CHANGE,
    /** Not compared at all; the row's reason says why (only on one side, unverified rows, ...). */
    NOT_COMPARED
}
