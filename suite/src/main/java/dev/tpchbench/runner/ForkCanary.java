package dev.tpchbench.runner;

import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.descriptive.rank.Median;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tpchbench.measure.Canary;
import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.CanaryReadings;
import dev.tpchbench.results.RunReader;

/** Puts the canary's readings during each fork's measured iterations into JMH's result entries. */
final class ForkCanary {
    private ForkCanary() {
    }

    /**
     * Adds {@link CanaryReadings} to every entry whose forks all have a window. An entry with another
     * number of windows than of forks (a fork that failed and was retried, say) gets none: readings that
     * might belong to another fork are worse than none.
     *
     * @param results one JMH invocation's result array
     * @param windows that invocation's fork windows
     * @param samples the canary's samples over the invocation
     * @return how many entries got readings
     */
    static int attach(JsonNode results, Map<BenchmarkId, List<ForkWindows.Window>> windows,
            List<Canary.Sample> samples) {
        int attached = 0;
        for (JsonNode entry : results) {
            List<ForkWindows.Window> forks = windows.get(RunReader.id(entry));
            if (forks == null || forks.size() != entry.path("primaryMetric").path("rawData").size()) {
                continue;
            }
            ((ObjectNode) entry).set(CanaryReadings.FIELD, readings(forks, samples).toJson());
            attached++;
        }
        return attached;
    }

    static CanaryReadings readings(List<ForkWindows.Window> forks, List<Canary.Sample> samples) {
        double[] medians = new double[forks.size()];
        int[] counts = new int[forks.size()];
        for (int f = 0; f < forks.size(); f++) {
            ForkWindows.Window window = forks.get(f);
            double[] during = samples.stream()
                    .filter(s -> s.startNanos() >= window.startNanos() && s.startNanos() <= window.endNanos())
                    .mapToDouble(Canary.Sample::cpuMillis).toArray();
            counts[f] = during.length;
            medians[f] = during.length == 0 ? Double.NaN : new Median().evaluate(during);
        }
        return new CanaryReadings(Canary.WORK, medians, counts);
    }
}
