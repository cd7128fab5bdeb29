package dev.tpchbench.cdata;

import static dev.tpchbench.cdata.CDataRoundTripTest.assertSameBatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The export that counts no nulls: a real C Data export that Arrow's importer and the suite's read alike. */
class ConstantCostExporterTest {

    /** The test batch has nulls in its strings: a -1 count must not lose them, whoever imports. */
    @ParameterizedTest
    @EnumSource(value = Importer.class, names = {"LIBRARY", "HAND_WRITTEN", "ZERO_COPY"})
    void everyImporterReadsTheBatchBackWithItsNulls(Importer importer) {
        try (Allocators allocators = new Allocators()) {
            try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 1_000)) {
                long sourceBytes = allocators.producer.getAllocatedMemory();
                assertTrue(source.getVector("comment").getNullCount() > 0, "the test batch has nulls");
                try (ExportedBatch exported = ExportedBatch.exportUncounted(allocators.producer, source, true);
                        VectorSchemaRoot imported = importer.create().importBatch(exported.array(), exported.schema(),
                                allocators.consumer)) {
                    assertSameBatch(source, imported);
                    for (FieldVector column : source.getFieldVectors()) {
                        assertEquals(column.getNullCount(), imported.getVector(column.getName()).getNullCount(),
                                column.getName());
                    }
                }
                assertEquals(sourceBytes, allocators.producer.getAllocatedMemory(), "the producer holds only the source");
            }
            allocators.assertNothingAllocated();
        }
    }

    @Test
    void columnsGoOutUncountedAndTheBatchWithoutABitmap() {
        try (Allocators allocators = new Allocators();
                VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 100);
                ExportedBatch exported = ExportedBatch.exportUncounted(allocators.producer, source, false)) {
            assertNull(exported.schema(), "no schema asked for");
            ArrayStruct batch = ArrayStruct.of(exported.array());
            assertEquals(100, batch.length());
            assertEquals(0, batch.nullCount());
            assertEquals(1, batch.bufferCount());
            assertEquals(0, batch.buffer(0), "a record batch has no bitmap");
            assertEquals(source.getFieldVectors().size(), batch.childCount());
            for (int c = 0; c < batch.childCount(); c++) {
                FieldVector column = source.getVector(c);
                ArrayStruct exportedColumn = batch.child(c);
                assertEquals(-1, exportedColumn.nullCount(), "not computed: " + column.getName());
                assertEquals(100, exportedColumn.length());
                assertEquals(column.getFieldBuffers().size(), exportedColumn.bufferCount(), column.getName());
                for (int b = 0; b < column.getFieldBuffers().size(); b++) {
                    assertEquals(column.getFieldBuffers().get(b).memoryAddress(), exportedColumn.buffer(b),
                            column.getName() + " buffer " + b + " is the vector's own");
                }
            }
        }
    }

    /** An export nobody imports is released by closing it: every buffer it retained is let go. */
    @Test
    void anUnimportedExportLetsGoOfEverything() {
        try (Allocators allocators = new Allocators()) {
            try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 100)) {
                long sourceBytes = allocators.producer.getAllocatedMemory();
                ExportedBatch exported = ExportedBatch.exportUncounted(allocators.producer, source, true);
                assertTrue(allocators.producer.getAllocatedMemory() > sourceBytes, "the export's structs");
                exported.close();
                assertEquals(sourceBytes, allocators.producer.getAllocatedMemory());
            }
            allocators.assertNothingAllocated();
        }
    }

    /**
     * The spec lets a consumer move a column out and release the batch first: the moved column's buffers
     * must stay valid until its own release.
     */
    @Test
    void aMovedColumnOutlivesItsBatch() {
        try (Allocators allocators = new Allocators();
                VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 100)) {
            FieldVector column = source.getVector(0);
            int heldBefore = column.getDataBuffer().getReferenceManager().getRefCount();
            ExportedBatch exported = ExportedBatch.exportUncounted(allocators.producer, source, false);
            int heldExported = column.getDataBuffer().getReferenceManager().getRefCount();
            assertTrue(heldExported > heldBefore, "the export retains the column's buffers");
            ArrowArray child = ArrowArray.wrap(
                    org.apache.arrow.memory.util.MemoryUtil.getLong(exported.array().snapshot().children));
            try (OwnedStruct<ArrowArray> moved = OwnedStruct.moveFrom(child, allocators.consumer)) {
                exported.close();
                assertTrue(moved.isLive(), "the moved column is still to be released");
                assertEquals(heldExported, column.getDataBuffer().getReferenceManager().getRefCount(),
                        "the moved column still holds its buffers");
            }
            assertEquals(heldBefore, column.getDataBuffer().getReferenceManager().getRefCount());
        }
    }
}
