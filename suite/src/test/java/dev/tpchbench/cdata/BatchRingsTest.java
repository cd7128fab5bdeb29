package dev.tpchbench.cdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

import dev.tpchbench.digest.TableDigest;

/** The rings behind the per-batch C Data benchmarks: same work per call, latest outputs checkable, nothing leaked. */
class BatchRingsTest {

    @Test
    void anExportRingKeepsTheLatestExportOfEverySlotAndReleasesTheRest() {
        try (Allocators allocators = new Allocators()) {
            List<VectorSchemaRoot> batches = batches(allocators, 30, 20, 10);
            try (ExportRing ring = new ExportRing(allocators.producer, batches)) {
                for (int call = 0; call < 7; call++) {
                    assertTrue(ring.exportNext().isArrayLive());
                }
                TableDigest.Builder digest = TableDigest.builder(TestBatches.SCHEMA);
                for (ExportedBatch export : ring.latestExports()) {
                    try (VectorSchemaRoot imported = Importer.LIBRARY.create()
                            .importBatch(export.array(), export.schema(), allocators.consumer)) {
                        digest.add(imported);
                    }
                }
                assertEquals(TableDigest.of(TestBatches.SCHEMA, batches), digest.build());
            } finally {
                batches.forEach(VectorSchemaRoot::close);
            }
            allocators.assertNothingAllocated();
        }
    }

    @Test
    void anImportRingImportsWhatWasPreparedInRingOrder() {
        for (Importer importer : List.of(Importer.LIBRARY, Importer.HAND_WRITTEN, Importer.ZERO_COPY)) {
            try (Allocators allocators = new Allocators()) {
                List<VectorSchemaRoot> batches = batches(allocators, 30, 20, 10);
                try (ImportRing ring = new ImportRing(allocators.producer, allocators.consumer, batches, importer.create())) {
                    for (int lap = 0; lap < 2; lap++) {
                        ring.prepare(5);
                        for (int call = 0; call < 5; call++) {
                            assertEquals(batches.get(call % 3).getRowCount(), ring.importNext().getRowCount());
                        }
                        assertThrows(IllegalStateException.class, ring::importNext, "only 5 were prepared");
                        assertEquals(TableDigest.of(TestBatches.SCHEMA, batches),
                                TableDigest.of(TestBatches.SCHEMA, ring.latestImports()), importer.name());
                    }
                } finally {
                    batches.forEach(VectorSchemaRoot::close);
                }
                allocators.assertNothingAllocated();
            }
        }
    }

    @Test
    void anImportWithTheWrongRowCountFailsTheCallThatMadeIt() {
        try (Allocators allocators = new Allocators()) {
            List<VectorSchemaRoot> batches = batches(allocators, 30);
            try (ImportRing ring = new ImportRing(allocators.producer, allocators.consumer, batches,
                    Importer.PHASE_1.create())) {
                ring.prepare(1);
                ImportRing.RowCountMismatch e = assertThrows(ImportRing.RowCountMismatch.class, ring::importNext);
                assertEquals("rows: expected 30, actual 0 (import of ring slot 0)", e.getMessage());
            } finally {
                batches.forEach(VectorSchemaRoot::close);
            }
            allocators.assertNothingAllocated();
        }
    }

    private static List<VectorSchemaRoot> batches(Allocators allocators, int... rows) {
        List<VectorSchemaRoot> batches = new ArrayList<>();
        for (int n : rows) {
            batches.add(TestBatches.lineitemLike(allocators.producer, n));
        }
        return batches;
    }
}
