package dev.tpchbench.bench;

import java.util.concurrent.TimeUnit;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import dev.tpchbench.cdata.BatchImporter;
import dev.tpchbench.cdata.ExportedBatch;
import dev.tpchbench.cdata.Importer;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.gate.IntegrityGate;

/**
 * Timed: exporting every batch of the table over the C Data Interface (struct allocation and
 * {@code Data.exportVectorSchemaRoot}, schema with each batch, as a per-batch FFI call does); one
 * invocation is one pass, the summary divides by the batch count. Not timed: generating the table;
 * importing and releasing the exports afterwards. Verified after each iteration: the exports,
 * imported with Arrow's own importer, digest-equal the source, and every buffer is released.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CDataExportBenchmark extends TpchSource {
    @Param({"1024", "65536", "1048576"})
    public int batchRows;

    private ExportedBatch[] exports;

    @Override
    protected int batchRows() {
        return batchRows;
    }

    @Benchmark
    public ExportedBatch[] exportBatches() {
        exports = new ExportedBatch[source.batchCount()];
        for (int i = 0; i < exports.length; i++) {
            exports[i] = ExportedBatch.export(allocator, source.batches().get(i), true);
        }
        return exports;
    }

    @TearDown(Level.Iteration)
    public void verifyExports(Verified verified) {
        BatchImporter importer = Importer.LIBRARY.create();
        TableDigest.Builder digest = TableDigest.builder(source.schema());
        try {
            for (ExportedBatch export : exports) {
                try (VectorSchemaRoot imported = importer.importBatch(export.array(), export.schema(), allocator)) {
                    digest.add(imported);
                }
            }
        } finally {
            for (ExportedBatch export : exports) {
                export.close();
            }
        }
        verified.rowsVerified = IntegrityGate.verify(id, expected, digest.build());
    }
}
