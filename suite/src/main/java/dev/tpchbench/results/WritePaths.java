package dev.tpchbench.results;

import java.util.Set;

/**
 * The benchmarks that turn the in-memory table into a dataset on disk: the rows of the write
 * comparison table and the bars of the report's write-path charts.
 */
public final class WritePaths {
    public static final Set<String> BENCHMARKS = Set.of("ParquetWriteBenchmark.writeTable",
            "NativeParquetWriteBenchmark.writeTable", "LanceWriteBenchmark.writeTable", "PipelineBenchmark.pipeline",
            "LanceWriteChoiceBenchmark.writeTable");

    private WritePaths() {
    }
}
