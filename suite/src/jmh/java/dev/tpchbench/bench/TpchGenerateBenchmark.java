package dev.tpchbench.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.gate.IntegrityGate;
import dev.tpchbench.results.Numbers;
import dev.tpchbench.tpch.TpchArrowGenerator;
import dev.tpchbench.tpch.TpchRowCounts;

/**
 * Timed: generating a TPC-H table as Arrow batches (the data set-up every other benchmark pays once
 * per fork). Not timed: digesting and freeing it. Verified after each iteration: the row count
 * equals dbgen's (counted independently) and the content equals the first iteration's
 * (generation is deterministic).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Six warm-ups, not the presets' two: lineitem SF 1 generations took 3.5-3.9 s until about the sixth, then
// 2.1-3.2 s (24 iterations in one fork, results/reference/README.md), so two left the drift in the samples.
// Since the generator threads are kept for the JVM (GeneratorThreads) lineitem is within 10 % of its score
// from the third, but customer still runs up to 1.5x its score in the fifth
// (results/reference/gc-generator-threads-20261207/); fewer warm-ups not tried.
@Warmup(iterations = 6)
@Measurement(iterations = 5)
public class TpchGenerateBenchmark extends SuiteState implements CollectsOwnGarbage {
    @Param({"65536"})
    public int batchRows;

    private ArrowTable generated;
    private TableDigest first;

    @Benchmark
    public ArrowTable generateTable() {
        generated = TpchArrowGenerator.generate(tpchTable(), scaleFactor, batchRows, allocator);
        return generated;
    }

    @TearDown(Level.Iteration)
    public void verifyGenerated(Verified verified) throws InterruptedException {
        TableDigest actual;
        try {
            actual = TableDigest.of(generated.schema(), generated.batches());
        } finally {
            generated.close();
        }
        long dbgenRows = TpchRowCounts.expectedRows(tpchTable(), scaleFactor);
        IntegrityGate.require(id, actual.rowCount() == dbgenRows,
                "rows: expected " + Numbers.grouped(dbgenRows) + " (dbgen), actual "
                        + Numbers.grouped(actual.rowCount()));
        if (first == null) {
            first = actual;
        }
        verified.rowsVerified = IntegrityGate.verify(id, first, actual);
        settleForTheNextIteration();
    }
}
