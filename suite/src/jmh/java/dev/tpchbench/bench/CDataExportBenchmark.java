package dev.tpchbench.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.tpchbench.cdata.BatchImporter;
import dev.tpchbench.cdata.ExportRing;
import dev.tpchbench.cdata.ExportedBatch;
import dev.tpchbench.cdata.Importer;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.gate.IntegrityGate;
import dev.tpchbench.measure.AnatomyProfiler;

/**
 * Timed, per batch: exporting one batch over the C Data Interface (struct allocation and
 * {@code Data.exportVectorSchemaRoot}, schema with each batch, as a per-batch FFI call does) and
 * releasing that slot's previous export. Not timed: generating the table. Verified after each
 * iteration: the latest export of every ring slot, imported with Arrow's importer, digest-equals the
 * ring's source batches; the allocator is empty at the end of the trial.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = BatchRingState.WARMUP_ITERATIONS, batchSize = BatchRingState.OPS)
@Measurement(iterations = BatchRingState.MEASUREMENT_ITERATIONS, batchSize = BatchRingState.OPS)
public class CDataExportBenchmark extends BatchRingState {
    @Param({"1024", "65536", "1048576"})
    public int batchRows;

    private ExportRing exports;

    @Override
    protected int batchRows() {
        return batchRows;
    }

    @Setup(Level.Iteration)
    public void fillRing() {
        exports = new ExportRing(allocator, ring);
        AnatomyProfiler.open(timedWindow);
    }

    @Override
    protected void warmUpLap() {
        try (ExportRing lap = new ExportRing(allocator, ring)) {
            for (int call = 0; call < OPS; call++) {
                lap.exportNext();
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(BatchRingState.OPS)
    public ExportedBatch exportBatch() {
        return exports.exportNext();
    }

    @TearDown(Level.Iteration)
    public void verifyExports(Verified verified) throws InterruptedException {
        AnatomyProfiler.close(timedWindow);
        BatchImporter importer = Importer.LIBRARY.create();
        TableDigest.Builder digest = TableDigest.builder(source.schema());
        try {
            List<ExportedBatch> latest = exports.latestExports();
            for (ExportedBatch export : latest) {
                try (VectorSchemaRoot imported = importer.importBatch(export.array(), export.schema(), allocator)) {
                    digest.add(imported);
                }
            }
        } finally {
            exports.close();
        }
        verified.rowsVerified = IntegrityGate.verify(id, expected, digest.build());
        settleForTheNextIteration();
    }
}
