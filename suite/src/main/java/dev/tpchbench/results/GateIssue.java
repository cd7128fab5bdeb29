package dev.tpchbench.results;

/** A benchmark x parameter set that the runner's integrity gate rejected or found missing. */
public record GateIssue(BenchmarkKey key, String reason) {
}
