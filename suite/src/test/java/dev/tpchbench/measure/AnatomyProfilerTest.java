package dev.tpchbench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.Result;

import dev.tpchbench.measure.TimedWindow.Anatomy;
import dev.tpchbench.measure.TimedWindow.ThreadKind;

class AnatomyProfilerTest {
    @Test
    void reportsEachReadingInMillisecondsAndTheFaultsAsACount() {
        Anatomy anatomy = new Anatomy(10e6, 7e6, 1e6, 2e6, 42, 0.5e6, 9e6,
                Map.of(ThreadKind.GC_AND_VM, 0.25e6, ThreadKind.JIT, 3e6, ThreadKind.OTHER, 4e6));
        Map<String, Double> values = AnatomyProfiler.results(anatomy).stream()
                .collect(Collectors.toMap(Result::getLabel, Result::getScore));
        assertEquals(Map.of("timedCpuMs", 7.0, "timedSystemMs", 1.0, "timedFaults", 42.0, "timedWaitMs", 2.0,
                "timedStoppedMs", 1.0, "timedGcMs", 0.5, "timedProcessCpuMs", 9.0, "timedGcAndVmThreadsMs", 0.25,
                "timedJitThreadsMs", 3.0, "timedOtherThreadsMs", 4.0), values);
    }

    @Test
    void handsTheIterationsWindowOverOnceAndNothingWithoutOne() {
        AnatomyProfiler profiler = new AnatomyProfiler(); // loaded, as JMH loads it in a fork
        profiler.beforeIteration(null, null);
        assertEquals(List.of(), List.copyOf(profiler.afterIteration(null, null, null)), "no window, no metrics");
        TimedWindow window = new TimedWindow();
        profiler.beforeIteration(null, null);
        AnatomyProfiler.open(window);
        AnatomyProfiler.close(window);
        List<? extends Result> results = List.copyOf(profiler.afterIteration(null, null, null));
        assertEquals(10, results.size());
        assertTrue(results.get(0).getScore() >= 0, results.get(0).toString());
        assertEquals(List.of(), List.copyOf(profiler.afterIteration(null, null, null)), "handed over once");
    }
}
