package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PlannedRunsTest {
    private static final String WRITE = "dev.tpchbench.bench.LanceWriteBenchmark.write";
    private static final String EXPORT = "dev.tpchbench.bench.CDataExportBenchmark.exportBatch";
    private static final String IMPORT = "dev.tpchbench.bench.CDataImportBenchmark.importBatch";

    @Test
    void perBatchBenchmarksStartOncePerBatchSizeWithItsCallsPerIteration() {
        Map<String, List<String>> ring = Map.of("table", List.of("customer"), "scaleFactor", List.of("0.01"),
                "ringBatches", List.of("8"), "batchRows", List.of("1024", "1048576"));
        PlannedRuns plan = PlannedRuns.plan(Map.of(
                WRITE, Map.of("table", List.of("customer", "orders"), "scaleFactor", List.of("0.01"),
                        "batchRows", List.of("65536")),
                EXPORT, ring, IMPORT, ring), Map.of(), ".*");

        assertEquals(List.of(
                        new JmhInvocation(Set.of(WRITE), false, null),
                        new JmhInvocation(Set.of(EXPORT, IMPORT), false, 1024),
                        new JmhInvocation(Set.of(EXPORT, IMPORT), false, 1_048_576)),
                plan.invocations());
        assertEquals(List.of(8192, 128),
                plan.invocations().stream().filter(JmhInvocation::perBatch).map(JmhInvocation::callsPerIteration).toList());
    }

    /** The Phase 3 hop costs the same at every batch size, so its class declares its calls and keeps them. */
    @Test
    void aClassThatDeclaresItsOwnCallsStartsApartWithThem() {
        String hop = "dev.tpchbench.bench.CDataHopBenchmark.hopBatch";
        Map<String, List<String>> ring = Map.of("table", List.of("customer"), "scaleFactor", List.of("0.01"),
                "ringBatches", List.of("8"), "batchRows", List.of("1024", "1048576"));
        PlannedRuns plan = PlannedRuns.plan(Map.of(EXPORT, ring, hop, ring), Map.of(), ".*")
                .withDeclaredBatchSizes(Map.of(EXPORT, 64, hop, 32768));

        assertEquals(List.of(
                        new JmhInvocation(Set.of(EXPORT), false, 1024, 8192),
                        new JmhInvocation(Set.of(hop), false, 1024, 32768),
                        new JmhInvocation(Set.of(EXPORT), false, 1_048_576, 128),
                        new JmhInvocation(Set.of(hop), false, 1_048_576, 32768)),
                plan.invocations());
    }

    @Test
    void anOverriddenBatchSizeIsTheOnlyPerBatchStart() {
        Map<String, List<String>> ring = Map.of("table", List.of("customer"), "scaleFactor", List.of("0.01"),
                "ringBatches", List.of("8"), "batchRows", List.of("1024", "1048576"));
        PlannedRuns plan = PlannedRuns.plan(Map.of(EXPORT, ring), Map.of("batchRows", List.of("65536")), ".*");

        assertEquals(List.of(new JmhInvocation(Set.of(EXPORT), false, 65_536)), plan.invocations());
    }

    @Test
    void perBatchBenchmarksTakeTheirOwnOverrides() {
        Map<String, List<String>> ring = Map.of("table", List.of("customer"), "scaleFactor", List.of("0.01"),
                "ringBatches", List.of("8"), "batchRows", List.of("1024"));
        Map<String, List<String>> write = Map.of("table", List.of("customer"), "scaleFactor", List.of("0.01"),
                "batchRows", List.of("65536"));
        PlannedRuns plan = PlannedRuns.plan(Map.of(WRITE, write, EXPORT, ring),
                Map.of("table", List.of("customer", "orders")), Map.of("table", List.of("lineitem")), ".*");

        assertEquals(Set.of("customer", "orders"), tablesOf(plan, WRITE));
        assertEquals(Set.of("lineitem"), tablesOf(plan, EXPORT));
    }

    /** The ring holds at most 2,097,152 rows unless jmh.params says otherwise (RingBatches); the gate expects its rows. */
    @Test
    void theRingFollowsTheBatchSizeUnlessOverridden() {
        Map<String, List<String>> ring = Map.of("table", List.of("lineitem"), "scaleFactor", List.of("1"),
                "ringBatches", List.of("8"), "batchRows", List.of("1024", "1048576"));

        Map<String, Long> byDefault = ringRows(PlannedRuns.plan(Map.of(EXPORT, ring), Map.of(), ".*"));
        Map<String, Long> overridden = ringRows(PlannedRuns.plan(Map.of(EXPORT, ring), Map.of("ringBatches", List.of("3")), ".*"));

        assertEquals(Map.of("1024 x 8", 8_192L, "1048576 x 2", 2_097_152L), byDefault);
        assertEquals(Map.of("1024 x 3", 3_072L, "1048576 x 3", 3_145_728L), overridden);
    }

    /** What the runner passes to JMH must be what the plan expects: the ring for the batch size unless given. */
    @Test
    void aPerBatchInvocationPassesItsBatchSizeAndRing() {
        Map<String, List<String>> ring = Map.of("table", List.of("customer"), "scaleFactor", List.of("0.01"),
                "ringBatches", List.of("8"), "batchRows", List.of("1024", "1048576"));
        Map<String, List<String>> given = Map.of("table", List.of("lineitem"));
        PlannedRuns byDefault = PlannedRuns.plan(Map.of(EXPORT, ring), given, ".*");
        PlannedRuns overridden = PlannedRuns.plan(Map.of(EXPORT, ring), Map.of("ringBatches", List.of("3")), ".*");

        assertEquals(List.of(
                        Map.of("table", List.of("lineitem"), "scaleFactor", List.of("0.01"), "batchRows", List.of("1024"),
                                "ringBatches", List.of("8")),
                        Map.of("table", List.of("lineitem"), "scaleFactor", List.of("0.01"), "batchRows", List.of("1048576"),
                                "ringBatches", List.of("2"))),
                byDefault.invocations().stream().map(invocation -> byDefault.jmhParams(invocation, given)).toList());
        assertEquals(List.of("3", "3"), overridden.invocations().stream()
                .map(invocation -> overridden.jmhParams(invocation, Map.of()).get("ringBatches").get(0)).toList());
    }

    @Test
    void theSingleShotBenchmarksGetTheGivenParameters() {
        Map<String, List<String>> write = Map.of("table", List.of("customer"), "scaleFactor", List.of("0.01"),
                "batchRows", List.of("65536"));
        Map<String, List<String>> given = Map.of("table", List.of("orders"));
        PlannedRuns plan = PlannedRuns.plan(Map.of(WRITE, write), given, ".*");

        assertEquals(given, plan.jmhParams(plan.invocations().get(0), given));
    }

    /** The hand-written import copies every value: fewer calls per iteration, so a JMH start of its own. */
    @Test
    void theCopyingImporterStartsApartWithItsOwnCalls() {
        Map<String, List<String>> ring = Map.of("table", List.of("lineitem"), "scaleFactor", List.of("1"),
                "ringBatches", List.of("8"), "batchRows", List.of("65536", "1048576"));
        Map<String, List<String>> imports = new java.util.HashMap<>(ring);
        imports.put("importer", List.of("LIBRARY", "HAND_WRITTEN", "ZERO_COPY"));
        PlannedRuns plan = PlannedRuns.plan(Map.of(EXPORT, ring, IMPORT, imports), Map.of(), ".*");

        assertEquals(List.of(
                        new JmhInvocation(Set.of(IMPORT), false, 65_536, 256),
                        new JmhInvocation(Set.of(EXPORT, IMPORT), false, 65_536, 2048),
                        new JmhInvocation(Set.of(IMPORT), false, 1_048_576, 16),
                        new JmhInvocation(Set.of(EXPORT, IMPORT), false, 1_048_576, 128)),
                plan.invocations());
        assertEquals(List.of(List.of("HAND_WRITTEN"), List.of("LIBRARY", "ZERO_COPY"), List.of("HAND_WRITTEN"),
                        List.of("LIBRARY", "ZERO_COPY")),
                plan.invocations().stream().map(invocation -> plan.jmhParams(invocation, Map.of()).get("importer")).toList());
        assertEquals(List.of(List.of("8"), List.of("8"), List.of("2"), List.of("2")),
                plan.invocations().stream().map(invocation -> plan.jmhParams(invocation, Map.of()).get("ringBatches")).toList());
    }

    /** JMH runs every combination of the values it gets, for every benchmark of the start: no row beyond the plan. */
    @Test
    void refusesParametersThatWouldRunUnplannedRows() {
        Map<String, List<String>> customer = Map.of("table", List.of("customer"), "scaleFactor", List.of("0.01"),
                "ringBatches", List.of("8"), "batchRows", List.of("1024"));
        Map<String, List<String>> orders = new java.util.HashMap<>(customer);
        orders.put("table", List.of("orders"));
        PlannedRuns plan = PlannedRuns.plan(Map.of(EXPORT, customer, IMPORT, orders), Map.of(), ".*");

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> plan.jmhParams(plan.invocations().get(0), Map.of()));
        assertTrue(refused.getMessage().contains("2 parameter combinations for 1 planned rows"), refused.getMessage());
    }

    private static Map<String, Long> ringRows(PlannedRuns plan) {
        return plan.expectedRows().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                e -> e.getKey().params().get("batchRows") + " x " + e.getKey().params().get("ringBatches"), Map.Entry::getValue));
    }

    private static Set<String> tablesOf(PlannedRuns plan, String benchmark) {
        return plan.expectedRows().keySet().stream().filter(id -> id.benchmark().equals(benchmark))
                .map(id -> id.params().get("table")).collect(java.util.stream.Collectors.toSet());
    }
}
