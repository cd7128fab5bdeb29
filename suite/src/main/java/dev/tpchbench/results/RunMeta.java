package dev.tpchbench.results;

import java.util.List;
import java.util.Map;

/**
 * The runner's {@code <stem>.meta.json}: where and how a run was made and what its integrity gate
 * found. Only the fields the comparison and the report use; unknown fields are ignored.
 */
public record RunMeta(String runId, String startedUtc, String label, String preset,
                      String gitSha, String gitShortSha, boolean gitDirty,
                      Machine machine, String jdkVersion, String jdkVendor,
                      Map<String, String> versions, String jmhSettings,
                      int gateExpected, int gateVerified, List<GateIssue> rejected, List<GateIssue> missing,
                      String status, String profiler) {

    /** A run from before profilers were recorded, or one made without a profiler. */
    public RunMeta(String runId, String startedUtc, String label, String preset, String gitSha, String gitShortSha,
                   boolean gitDirty, Machine machine, String jdkVersion, String jdkVendor, Map<String, String> versions,
                   String jmhSettings, int gateExpected, int gateVerified, List<GateIssue> rejected,
                   List<GateIssue> missing, String status) {
        this(runId, startedUtc, label, preset, gitSha, gitShortSha, gitDirty, machine, jdkVersion, jdkVendor, versions,
                jmhSettings, gateExpected, gateVerified, rejected, missing, status, "");
    }

    public record Machine(String os, String cpuModel, int cpuCount, long memoryBytes) {
    }

    /** Whether the run was made with {@code -Djmh.prof} ({@code profiler} e.g. "async:cpu"; empty if not). */
    public boolean profiled() {
        return !profiler.isEmpty();
    }

    public boolean passed() {
        return "PASSED".equals(status);
    }
}
