package dev.tpchbench.bench;

import java.util.concurrent.TimeUnit;

import org.apache.arrow.memory.BufferAllocator;
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

import dev.tpchbench.cdata.ImportRing;
import dev.tpchbench.cdata.Importer;
import dev.tpchbench.gate.IntegrityGate;
import dev.tpchbench.measure.AnatomyProfiler;

/**
 * Timed, per batch: importing one exported batch with one importer (Arrow's zero-copy one, the
 * hand-written copying one of the team's Phase 1.5, or the suite's zero-copy one whose cost does not
 * grow with the rows), checking its row count, and closing that slot's previous import. Not timed: exporting the iteration's batches before it; validating,
 * digesting and releasing after it. Verified after each iteration: the latest import of every ring
 * slot passes {@code validate} (buffers and offsets) and digest-equals the ring's source batches, and
 * in the first and the last iteration {@code validateFull} too; once released, the consumer's
 * allocator is empty and the producer's holds only the source ({@link ImportedRingState}).
 * {@code importer=PHASE_1} (zero rows) and {@code ONE_VALUE_CHANGED} are negative controls, run only on request.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = BatchRingState.WARMUP_ITERATIONS, batchSize = BatchRingState.OPS)
@Measurement(iterations = BatchRingState.MEASUREMENT_ITERATIONS, batchSize = BatchRingState.OPS)
public class CDataImportBenchmark extends ImportedRingState {
    @Param({"1024", "65536", "1048576"})
    public int batchRows;

    @Param({"LIBRARY", "HAND_WRITTEN", "ZERO_COPY"})
    public String importer;

    private ImportRing imports;

    @Override
    protected int batchRows() {
        return batchRows;
    }

    @Setup(Level.Iteration)
    public void exportForTheIteration() {
        startIteration();
        imports = new ImportRing(allocator, consumer, ring, Importer.parse(importer).create());
        imports.prepare(callsPerIteration);
        AnatomyProfiler.open(timedWindow);
    }

    @Override
    protected void warmUpLap() {
        try (BufferAllocator lapConsumer = allocator.newChildAllocator("warm-up", 0, Long.MAX_VALUE);
             ImportRing lap = new ImportRing(allocator, lapConsumer, ring, Importer.parse(importer).create())) {
            lap.prepare(OPS);
            for (int call = 0; call < OPS; call++) {
                lap.importNext();
            }
        } catch (ImportRing.RowCountMismatch e) {
            throw IntegrityGate.reject(id, e.getMessage());
        }
    }

    @Benchmark
    @OperationsPerInvocation(BatchRingState.OPS)
    public VectorSchemaRoot importBatch() {
        try {
            return imports.importNext();
        } catch (ImportRing.RowCountMismatch e) {
            throw IntegrityGate.reject(id, e.getMessage());
        }
    }

    @TearDown(Level.Iteration)
    public void verifyImports(Verified verified) throws Exception {
        AnatomyProfiler.close(timedWindow);
        verifyIteration(imports.latestImports(), imports, verified);
    }
}
