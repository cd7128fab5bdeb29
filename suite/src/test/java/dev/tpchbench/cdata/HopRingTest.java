package dev.tpchbench.cdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.util.ValueVectorUtility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.tpch.TpchArrowGenerator;
import dev.tpchbench.tpch.TpchTable;

/** Export and import per call, as the hop benchmark times it: the ring's latest imports equal the source. */
class HopRingTest {

    @ParameterizedTest
    @EnumSource(Hop.class)
    void theLatestImportsOfEveryLapEqualTheSourceAndNothingIsLeft(Hop hop) {
        try (Allocators allocators = new Allocators()) {
            try (ArrowTable source = TpchArrowGenerator.generateFirst(TpchTable.LINEITEM, 0.01, 1_000, 3_500,
                    allocators.producer)) {
                long sourceBytes = allocators.producer.getAllocatedMemory();
                TableDigest expected = TableDigest.of(source.schema(), source.batches());
                try (HopRing ring = new HopRing(allocators.producer, allocators.consumer, source.batches(), hop)) {
                    for (int call = 0; call < 10; call++) {
                        VectorSchemaRoot imported = ring.hopNext();
                        assertEquals(source.batches().get(call % 4).getRowCount(), imported.getRowCount());
                    }
                    List<VectorSchemaRoot> latest = ring.latestImports();
                    for (VectorSchemaRoot batch : latest) {
                        for (FieldVector column : batch.getFieldVectors()) {
                            ValueVectorUtility.validateFull(column);
                        }
                    }
                    assertEquals(expected, TableDigest.of(source.schema(), latest));
                }
                assertEquals(sourceBytes, allocators.producer.getAllocatedMemory(), "the producer holds only the source");
            }
            allocators.assertNothingAllocated();
        }
    }

    @Test
    void phase3SendsTheSchemaWithTheFirstBatchOnly() {
        try (Allocators allocators = new Allocators();
                VectorSchemaRoot batch = TestBatches.lineitemLike(allocators.producer, 10);
                ExportedBatch first = Hop.PHASE_3.export(allocators.producer, batch, true);
                ExportedBatch later = Hop.PHASE_3.export(allocators.producer, batch, false);
                ExportedBatch library = Hop.LIBRARY.export(allocators.producer, batch, false)) {
            assertNotNull(first.schema());
            assertNull(later.schema());
            assertNotNull(library.schema(), "Arrow's per-batch call sends it every time");
        }
    }

    @Test
    void anEmptyRingIsRefused() {
        try (Allocators allocators = new Allocators()) {
            assertThrows(IllegalArgumentException.class,
                    () -> new HopRing(allocators.producer, allocators.consumer, List.of(), Hop.PHASE_3));
        }
    }
}
