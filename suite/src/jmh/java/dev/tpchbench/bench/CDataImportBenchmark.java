package dev.tpchbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.util.ValueVectorUtility;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import dev.tpchbench.cdata.BatchImporter;
import dev.tpchbench.cdata.ExportedBatch;
import dev.tpchbench.cdata.Importer;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.gate.IntegrityGate;

/**
 * Timed: importing every exported batch of the table with one importer (Arrow's zero-copy one, or
 * the hand-written copying one of the team's Phase 1.5); one invocation is one pass, the summary
 * divides by the batch count. Not timed: exporting before the pass; validating, digesting and
 * releasing after it. Verified after each iteration: every imported vector passes
 * {@code validateFull}, the imported batches digest-equal the source, and once they are closed
 * the consumer's allocator is empty and the producer's holds only the source.
 * {@code importer=PHASE_1} (the team's defect: zero rows) is a negative control, run only on request.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CDataImportBenchmark extends TpchSource {
    @Param({"1024", "65536", "1048576"})
    public int batchRows;

    @Param({"LIBRARY", "HAND_WRITTEN"})
    public String importer;

    private BatchImporter batchImporter;
    private long sourceBytes;
    private BufferAllocator consumer;
    private ExportedBatch[] exports;
    private List<VectorSchemaRoot> imported;

    @Override
    protected int batchRows() {
        return batchRows;
    }

    @Override
    protected void prepareTrial() throws Exception {
        super.prepareTrial();
        batchImporter = Importer.parse(importer).create();
        sourceBytes = allocator.getAllocatedMemory();
    }

    @Setup(Level.Iteration)
    public void exportSource() {
        consumer = allocator.newChildAllocator("consumer", 0, Long.MAX_VALUE);
        exports = new ExportedBatch[source.batchCount()];
        for (int i = 0; i < exports.length; i++) {
            exports[i] = ExportedBatch.export(allocator, source.batches().get(i), true);
        }
        imported = new ArrayList<>(exports.length);
    }

    @Benchmark
    public List<VectorSchemaRoot> importBatches() {
        for (ExportedBatch export : exports) {
            imported.add(batchImporter.importBatch(export.array(), export.schema(), consumer));
        }
        return imported;
    }

    @TearDown(Level.Iteration)
    public void verifyImports(Verified verified) {
        TableDigest actual;
        try {
            for (VectorSchemaRoot batch : imported) {
                for (FieldVector vector : batch.getFieldVectors()) {
                    ValueVectorUtility.validateFull(vector);
                }
            }
            actual = TableDigest.of(source.schema(), imported);
        } finally {
            imported.forEach(VectorSchemaRoot::close);
            for (ExportedBatch export : exports) {
                export.close();
            }
        }
        long consumerBytes = consumer.getAllocatedMemory();
        consumer.close();
        IntegrityGate.require(id, consumerBytes == 0, String.format(java.util.Locale.ROOT,
                "%,d bytes of imported data not released after closing the imports", consumerBytes));
        long producerBytes = allocator.getAllocatedMemory();
        IntegrityGate.require(id, producerBytes == sourceBytes, String.format(java.util.Locale.ROOT,
                "producer holds %,d bytes after the imports were released, the source alone %,d", producerBytes,
                sourceBytes));
        verified.rowsVerified = IntegrityGate.verify(id, expected, actual);
    }
}
