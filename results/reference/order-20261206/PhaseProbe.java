package dev.tpchbench.runner;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dev.tpchbench.results.BenchmarkResult;
import dev.tpchbench.results.RunReader;
import dev.tpchbench.results.RunResults;

/**
 * The write comparison's speedups with their 99 % intervals (WriteComparison.speedup, package-private, hence the
 * package) for a stored run whose summary was written before they had intervals: per table, Phase 2 against the
 * parquet-hadoop SNAPPY baseline, Phase 2 against Phase 1.5, Phase 3 against Phase 2. See README.
 */
public class PhaseProbe {
    public static void main(String[] args) throws Exception {
        RunResults run = RunReader.read("stored", Path.of(args[0]));
        for (String table : new String[] {"customer", "orders", "lineitem"}) {
            Map<String, BenchmarkResult> paths = new HashMap<>();
            for (BenchmarkResult result : run.entries().values()) {
                Map<String, String> params = result.key().params();
                if (table.equals(params.get("table"))) {
                    paths.put(params.getOrDefault("phase", params.getOrDefault("codec", result.key().shortName())), result);
                }
            }
            System.out.println(table + ": PHASE_2 against SNAPPY " + WriteComparison.speedup(paths.get("SNAPPY"), paths.get("PHASE_2"))
                    + "; PHASE_2 against PHASE_1_5 " + WriteComparison.speedup(paths.get("PHASE_1_5"), paths.get("PHASE_2"))
                    + "; PHASE_3 against PHASE_2 " + WriteComparison.speedup(paths.get("PHASE_2"), paths.get("PHASE_3")));
        }
    }
}
