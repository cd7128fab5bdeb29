package dev.tpchbench.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.util.ValueVectorUtility;
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
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.gate.IntegrityGate;
import dev.tpchbench.results.Numbers;

/**
 * Timed, per batch: importing one exported batch with one importer (Arrow's zero-copy one, the
 * hand-written copying one of the team's Phase 1.5, or the suite's zero-copy one whose cost does not
 * grow with the rows), checking its row count, and closing that slot's previous import. Not timed: exporting the iteration's batches before it; validating,
 * digesting and releasing after it. Verified after each iteration: the latest import of every ring
 * slot passes {@code validate} (buffers and offsets) and digest-equals the ring's source batches, and
 * in the first and the last iteration {@code validateFull} too; once released, the consumer's
 * allocator is empty and the producer's holds only the source. (validateFull's per-value checks, UTF-8
 * and decimal precision, took 83 % of a 1,048,576-row iteration's 3 s; values that digest-equal the
 * source's hold them anyway, so they run twice per fork, not in every iteration.)
 * {@code importer=PHASE_1} (zero rows) and {@code ONE_VALUE_CHANGED} are negative controls, run only on request.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = BatchRingState.WARMUP_ITERATIONS, batchSize = BatchRingState.OPS)
@Measurement(iterations = BatchRingState.MEASUREMENT_ITERATIONS, batchSize = BatchRingState.OPS)
public class CDataImportBenchmark extends BatchRingState {
    @Param({"1024", "65536", "1048576"})
    public int batchRows;

    @Param({"LIBRARY", "HAND_WRITTEN", "ZERO_COPY"})
    public String importer;

    private long sourceBytes;
    private int iteration;
    private BufferAllocator consumer;
    private ImportRing imports;

    @Override
    protected int batchRows() {
        return batchRows;
    }

    @Override
    protected void prepareTrial() throws Exception {
        super.prepareTrial();
        sourceBytes = allocator.getAllocatedMemory();
    }

    @Setup(Level.Iteration)
    public void exportForTheIteration() {
        iteration++;
        consumer = allocator.newChildAllocator("consumer", 0, Long.MAX_VALUE);
        imports = new ImportRing(allocator, consumer, ring, Importer.parse(importer).create());
        imports.prepare(callsPerIteration);
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
    public void verifyImports(Verified verified) {
        TableDigest actual;
        try {
            List<VectorSchemaRoot> latest = imports.latestImports();
            boolean full = iteration == 1
                    || iteration == benchmarkParams.getWarmup().getCount() + benchmarkParams.getMeasurement().getCount();
            for (VectorSchemaRoot batch : latest) {
                for (FieldVector vector : batch.getFieldVectors()) {
                    if (full) {
                        ValueVectorUtility.validateFull(vector);
                    } else {
                        ValueVectorUtility.validate(vector);
                    }
                }
            }
            actual = TableDigest.of(source.schema(), latest);
        } finally {
            imports.close();
        }
        long consumerBytes = consumer.getAllocatedMemory();
        consumer.close();
        IntegrityGate.require(id, consumerBytes == 0, Numbers.grouped(consumerBytes)
                + " bytes of imported data not released after closing the imports");
        long producerBytes = allocator.getAllocatedMemory();
        IntegrityGate.require(id, producerBytes == sourceBytes, "producer holds " + Numbers.grouped(producerBytes)
                + " bytes after the imports were released, the source alone " + Numbers.grouped(sourceBytes));
        verified.rowsVerified = IntegrityGate.verify(id, expected, actual);
    }
}
