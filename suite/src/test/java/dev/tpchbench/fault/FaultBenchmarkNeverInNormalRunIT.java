package dev.tpchbench.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fault benchmark must never be planned by a run that does not ask for faults by name. */
class FaultBenchmarkNeverInNormalRunIT {
    @Test
    void theDefaultPlanHasNoFaultBenchmark(@TempDir Path dir) throws Exception {
        SuiteProcess.Finished plan = SuiteProcess.run(dir, SuiteProcess.knobs(dir, "jmh.list", "true"), 1);
        assertEquals(0, plan.exitCode(), plan.output());
        assertTrue(plan.output().contains("LanceWriteBenchmark.writeTable"), plan.output());
        assertFalse(plan.output().contains("FaultInjectionBenchmark"), plan.output());
    }

    @Test
    void aBroadIncludePlansItOnlyWithFaultsNamed(@TempDir Path dir) throws Exception {
        SuiteProcess.Finished plan = SuiteProcess.run(dir, SuiteProcess.knobs(dir, "jmh.list", "true",
                "jmh.include", ".*Benchmark.*"), 1);
        assertEquals(0, plan.exitCode(), plan.output());
        assertFalse(plan.output().contains("FaultInjectionBenchmark"), plan.output());
    }
}
