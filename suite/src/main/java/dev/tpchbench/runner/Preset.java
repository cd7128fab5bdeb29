package dev.tpchbench.runner;

import java.util.List;
import java.util.Locale;

import dev.tpchbench.results.EnumNames;

/**
 * Named run sizes. A preset sets the data (scale factor, tables), the forks, the fork heap and the
 * iteration counts of the benchmarks that do not declare their own (the single-shot writes); every
 * value can still be overridden by its own knob. Benchmarks whose class declares {@code @Warmup} and
 * {@code @Measurement} keep them, except in smoke, which only checks that everything works.
 */
public enum Preset {
    // The fork heap is fixed (-Xms = -Xmx) and touched at start-up (AlwaysPreTouch): otherwise the GC
    // that JMH runs between iterations shrinks it, and timed writes pay to grow it and to fault in pages
    // touched for the first time (Parquet writes: CV 33% -> 1.6%, results/reference/README.md). Smoke
    // is not for numbers and skips the touch. Peak RSS then includes the whole heap. The data is off the heap:
    // the writes' forks hold at most 0.6 GB live (parquet-hadoop) and get 4 GB, the per-batch C Data classes 2 GB.
    // Touching 8 GB took 1.8-7.7 s of a fork, 2 GB 0.5 s; with 4 GB parquet-hadoop collects more often and writes
    // lineitem about 7 % slower (results/reference/heap-20261203/).
    /** Every benchmark once at a tiny scale factor: does it all work? Not for numbers. */
    SMOKE("0.01", "lineitem", "lineitem", 1, 1, 0, 1, List.of("-Xms2g", "-Xmx2g", "-XX:MaxDirectMemorySize=4g"),
            List.of("-Xms2g", "-Xmx2g", "-XX:MaxDirectMemorySize=4g")),
    /** The default: small data, enough iterations for an error bar, under ~10 minutes here. */
    QUICK("0.1", "customer,orders,lineitem", "customer,orders,lineitem", 1, 1, 2, 5,
            List.of("-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "-XX:MaxDirectMemorySize=8g"),
            List.of("-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "-XX:MaxDirectMemorySize=8g")),
    /**
     * SF 1, the size the team's numbers were about; four forks of the per-batch C Data classes, whose forks
     * differ most, on lineitem alone: a batch's cost differs between tables only by their columns, and lineitem
     * has every column type. Three forks of 2 + 3 iterations for the writes, pipelines and generator (the
     * generator keeps its declared 6 + 5), not two of 2 + 5: with two forks a side a comparison by fork has
     * one or two degrees of freedom (a nightly A/A's median half-width over those 27 rows was ±115 %), with
     * three ±19 %, and the canary adjustment needs three; their forks took 21 minutes instead of 19
     * (results/reference/shape33-aa-20261207/).
     */
    NIGHTLY("1", "customer,orders,lineitem", "lineitem", 3, 4, 2, 3,
            List.of("-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "-XX:MaxDirectMemorySize=14g"),
            List.of("-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "-XX:MaxDirectMemorySize=14g")),
    /**
     * The write paths against the data's size (issue 11): lineitem from SF 0.1 to 10 streamed from a file,
     * never held whole. The heap is small because the source is off it; direct memory is what Phase 1.5
     * may accumulate before it is refused. One warm-up iteration: a SF 10 iteration takes minutes.
     */
    SCALING("0.1,0.3,1,3,10", "lineitem", "lineitem", 1, 1, 1, 2,
            List.of("-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "-XX:MaxDirectMemorySize=12g"),
            List.of("-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "-XX:MaxDirectMemorySize=12g"));

    /** The benchmarks a preset runs when {@code -Djmh.include} is not given. */
    private static final String SUITE_BENCHMARKS = "dev\\.tpchbench\\.bench\\..*";
    private static final String SCALING_BENCHMARKS = "dev\\.tpchbench\\.scaling\\..*";

    private final String scaleFactor;
    private final String tables;
    private final String perBatchTables;
    private final int forks;
    private final int perBatchForks;
    private final int warmupIterations;
    private final int measurementIterations;
    private final List<String> forkHeap;
    private final List<String> perBatchHeap;

    Preset(String scaleFactor, String tables, String perBatchTables, int forks, int perBatchForks, int warmupIterations, int measurementIterations,
            List<String> forkHeap, List<String> perBatchHeap) {
        this.scaleFactor = scaleFactor;
        this.tables = tables;
        this.perBatchTables = perBatchTables;
        this.forks = forks;
        this.perBatchForks = perBatchForks;
        this.warmupIterations = warmupIterations;
        this.measurementIterations = measurementIterations;
        this.forkHeap = forkHeap;
        this.perBatchHeap = perBatchHeap;
    }

    public static Preset parse(String name) {
        return EnumNames.parse(Preset.class, "preset", name, Preset::presetName);
    }

    public String presetName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A regex of the benchmarks run when {@code -Djmh.include} is not given. */
    public String include() {
        return this == SCALING ? SCALING_BENCHMARKS : SUITE_BENCHMARKS;
    }

    /** Comma-separated; the scaling preset runs several. */
    public String scaleFactor() {
        return scaleFactor;
    }

    /** Comma-separated; smoke uses lineitem alone, which has every column type the suite handles. */
    public String tables() {
        return tables;
    }

    /** The tables of the per-batch benchmarks, comma-separated. */
    public String perBatchTables() {
        return perBatchTables;
    }

    public int forks() {
        return forks;
    }

    /** Forks of the per-batch benchmarks (the C Data classes), whose precision comes from forks, not iterations. */
    public int perBatchForks() {
        return perBatchForks;
    }

    public int warmupIterations() {
        return warmupIterations;
    }

    public int measurementIterations() {
        return measurementIterations;
    }

    /** Smoke runs every benchmark as briefly as possible, whatever shape its class declares. */
    public boolean overridesDeclaredIterations() {
        return this == SMOKE;
    }

    public List<String> forkHeap() {
        return forkHeap;
    }

    /** The heap and direct memory of the per-batch benchmarks' forks. */
    public List<String> perBatchHeap() {
        return perBatchHeap;
    }
}
