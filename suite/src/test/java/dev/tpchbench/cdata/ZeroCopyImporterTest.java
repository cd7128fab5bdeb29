package dev.tpchbench.cdata;

import static dev.tpchbench.cdata.CDataRoundTripTest.assertSameBatch;
import static dev.tpchbench.cdata.CDataRoundTripTest.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.util.TransferPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.tpch.TpchArrowGenerator;
import dev.tpchbench.tpch.TpchTable;

/** The zero-copy importer that does nothing per row: what it shares, when it lets go, and what it refuses. */
class ZeroCopyImporterTest {

    /** Real TPC-H batches through Arrow's real exporter, one importer per stream, schema with every batch. */
    @ParameterizedTest
    @EnumSource(TpchTable.class)
    void realTpchBatchesComeBackEqualAndLeaveNothingBehind(TpchTable table) {
        try (Allocators allocators = new Allocators();
                ArrowTable source = TpchArrowGenerator.generateFirst(table, 0.01, 1_000, 3_500, allocators.producer)) {
            long sourceBytes = allocators.producer.getAllocatedMemory();
            BatchImporter stream = Importer.ZERO_COPY.create();
            List<VectorSchemaRoot> imported = new ArrayList<>();
            try {
                for (VectorSchemaRoot batch : source.batches()) {
                    try (ExportedBatch exported = ExportedBatch.export(allocators.producer, batch, true)) {
                        imported.add(stream.importBatch(exported.array(), exported.schema(), allocators.consumer));
                        assertFalse(exported.isArrayLive(), "the importer took the array");
                        assertFalse(exported.isSchemaLive(), "the importer released the schema");
                    }
                }
                for (VectorSchemaRoot batch : imported) {
                    assertValid(batch);
                }
                assertEquals(TableDigest.of(source.schema(), source.batches()),
                        TableDigest.of(source.schema(), imported));
                assertEquals(source.schema(), imported.get(0).getSchema());
                assertTrue(allocators.producer.getAllocatedMemory() > sourceBytes,
                        "the imports still hold the exports (zero-copy)");
            } finally {
                imported.forEach(VectorSchemaRoot::close);
            }
            assertEquals(0, allocators.consumer.getAllocatedMemory(), "consumer bytes after closing the imports");
            assertEquals(sourceBytes, allocators.producer.getAllocatedMemory(), "the producer holds only the source");
        }
    }

    @Test
    void importedVectorsPointAtTheProducersBuffers() {
        try (Allocators allocators = new Allocators();
                VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 100);
                ExportedBatch exported = ExportedBatch.export(allocators.producer, source, true);
                VectorSchemaRoot imported = Importer.ZERO_COPY.create().importBatch(exported.array(),
                        exported.schema(), allocators.consumer)) {
            for (int c = 0; c < source.getFieldVectors().size(); c++) {
                FieldVector from = source.getVector(c);
                FieldVector to = imported.getVector(c);
                assertEquals(from.getValidityBufferAddress(), to.getValidityBufferAddress(), from.getName());
                assertEquals(from.getDataBufferAddress(), to.getDataBufferAddress(), from.getName());
            }
            assertSameBatch(source, imported);
            assertTrue(allocators.consumer.getAllocatedMemory() > 0, "the shared buffers are accounted to the consumer");
        }
    }

    /** The producer's callback runs once, and only after the last imported buffer is released. */
    @Test
    void releaseCallbackRunsOnceWhenTheLastBufferIsReleased() {
        try (Allocators allocators = new Allocators()) {
            try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 100)) {
                long sourceBytes = allocators.producer.getAllocatedMemory();
                CountingExport exported = new CountingExport(allocators.producer, source);
                try (exported) {
                    VectorSchemaRoot imported = Importer.ZERO_COPY.create().importBatch(exported.array(),
                            exported.schema(), allocators.consumer);
                    assertEquals(0, exported.releases(), "released while the import still uses the buffers");
                    assertTrue(exported.isExportLive());

                    FieldVector comment = imported.getVector("comment");
                    TransferPair keep = comment.getTransferPair(allocators.consumer);
                    keep.transfer();
                    imported.close();
                    assertEquals(0, exported.releases(), "released while one column is still in use");

                    FieldVector kept = (FieldVector) keep.getTo();
                    for (int i = 0; i < 100; i++) {
                        assertEquals(source.getVector("comment").getObject(i), kept.getObject(i), "row " + i);
                    }
                    kept.close();
                    assertEquals(1, exported.releases());
                    assertFalse(exported.isExportLive(), "the export behind it was released");
                    assertEquals(0, allocators.consumer.getAllocatedMemory());
                }
                assertEquals(1, exported.releases(), "closing the export did not release it again");
                assertEquals(sourceBytes, allocators.producer.getAllocatedMemory(), "the producer holds only the source");
                assertValid(source);
            }
            allocators.assertNothingAllocated();
        }
    }

    @Test
    void theSameSchemaWithEveryBatchOrNoneIsAccepted() {
        try (Allocators allocators = new Allocators()) {
            BatchImporter stream = Importer.ZERO_COPY.create();
            for (int b = 0; b < 4; b++) {
                try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 10 + b);
                        ExportedBatch exported = ExportedBatch.export(allocators.producer, source, b != 2);
                        VectorSchemaRoot imported = stream.importBatch(exported.array(), exported.schema(),
                                allocators.consumer)) {
                    assertSameBatch(source, imported);
                }
            }
            allocators.assertNothingAllocated();
        }
    }

    @Test
    void aBatchWithAnotherSchemaIsRefusedAndStillConsumed() {
        try (Allocators allocators = new Allocators()) {
            BatchImporter stream = Importer.ZERO_COPY.create();
            try (VectorSchemaRoot lineitem = TestBatches.lineitemLike(allocators.producer, 10);
                    ArrowTable region = TpchArrowGenerator.generate(TpchTable.REGION, 0.01, 100, allocators.producer)) {
                try (ExportedBatch first = ExportedBatch.export(allocators.producer, lineitem, true)) {
                    stream.importBatch(first.array(), first.schema(), allocators.consumer).close();
                }
                try (ExportedBatch other = ExportedBatch.export(allocators.producer, region.batches().get(0), true)) {
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                            () -> stream.importBatch(other.array(), other.schema(), allocators.consumer));
                    assertTrue(e.getMessage().startsWith("the batch's schema differs from the stream's first one"),
                            e.getMessage());
                    assertTrue(e.getMessage().contains("r_regionkey"), e.getMessage());
                    assertFalse(other.isArrayLive(), "a refused batch is still consumed");
                    assertFalse(other.isSchemaLive());
                }
            }
            allocators.assertNothingAllocated();
        }
    }

    /** Flags and metadata are part of the schema too: a column that only turned non-nullable is another schema. */
    @ParameterizedTest
    @ValueSource(strings = {"flags", "metadata", "name"})
    void aSchemaThatDiffersInOneDetailIsRefused(String detail) {
        try (Allocators allocators = new Allocators()) {
            BatchImporter stream = Importer.ZERO_COPY.create();
            try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 10)) {
                try (ExportedBatch first = ExportedBatch.export(allocators.producer, source, true)) {
                    stream.importBatch(first.array(), first.schema(), allocators.consumer).close();
                }
                try (ExportedBatch second = ExportedBatch.export(allocators.producer, source, true)) {
                    editSchema(second, detail);
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                            () -> stream.importBatch(second.array(), second.schema(), allocators.consumer));
                    assertTrue(e.getMessage().contains("differs"), e.getMessage());
                    assertFalse(second.isArrayLive());
                }
            }
            allocators.assertNothingAllocated();
        }
    }

    /** Nulls, an all-null column and an unknown (-1) null count keep their bitmaps: nothing is recounted. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void nullsSurviveWithKnownOrUnknownCounts(boolean unknownCounts) {
        try (Allocators allocators = new Allocators()) {
            try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 77)) {
                FieldVector shipDate = source.getVector("shipdate");
                for (int i = 0; i < 77; i++) {
                    shipDate.setNull(i);
                }
                assertEquals(77, shipDate.getNullCount());
                try (ExportedBatch exported = ExportedBatch.export(allocators.producer, source, true)) {
                    if (unknownCounts) {
                        for (int c = 0; c < source.getFieldVectors().size(); c++) {
                            ArrayStructEdits.edit(ArrayStructEdits.child(exported.array(), c), s -> s.null_count = -1);
                        }
                    }
                    try (VectorSchemaRoot imported = Importer.ZERO_COPY.create().importBatch(exported.array(),
                            exported.schema(), allocators.consumer)) {
                        assertSameBatch(source, imported);
                        assertEquals(77, imported.getVector("shipdate").getNullCount());
                        assertTrue(imported.getVector("comment").isNull(2));
                        assertEquals(source.getVector("linenumber").getNullCount(),
                                imported.getVector("linenumber").getNullCount());
                    }
                }
            }
            allocators.assertNothingAllocated();
        }
    }

    /** The spec lets a column without nulls leave its bitmap NULL; Arrow then makes an all-valid one. */
    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void aColumnWithoutABitmapIsAllValid(long nullCount) {
        try (Allocators allocators = new Allocators()) {
            try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 20);
                    ExportedBatch exported = ExportedBatch.export(allocators.producer, source, true)) {
                dropBitmap(exported, 0, nullCount);
                try (VectorSchemaRoot imported = Importer.ZERO_COPY.create().importBatch(exported.array(),
                        exported.schema(), allocators.consumer)) {
                    assertSameBatch(source, imported);
                    assertEquals(0, imported.getVector(0).getNullCount());
                }
            }
            allocators.assertNothingAllocated();
        }
    }

    @Test
    void aColumnWithNullsButNoBitmapIsRefused() {
        try (Allocators allocators = new Allocators()) {
            try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 20);
                    ExportedBatch exported = ExportedBatch.export(allocators.producer, source, true)) {
                dropBitmap(exported, 1, 4);
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> Importer.ZERO_COPY.create().importBatch(exported.array(), exported.schema(),
                                allocators.consumer));
                assertEquals("column 'linenumber' has null count 4 but no validity bitmap", e.getMessage());
                assertFalse(exported.isArrayLive());
            }
            allocators.assertNothingAllocated();
        }
    }

    @Test
    void aColumnShorterThanTheBatchIsRefused() {
        try (Allocators allocators = new Allocators()) {
            try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 20);
                    ExportedBatch exported = ExportedBatch.export(allocators.producer, source, true)) {
                ArrayStructEdits.edit(ArrayStructEdits.child(exported.array(), 3), s -> s.length = 19);
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> Importer.ZERO_COPY.create().importBatch(exported.array(), exported.schema(),
                                allocators.consumer));
                assertTrue(e.getMessage().startsWith("column 'shipdate' holds 19 values, the record batch 20"),
                        e.getMessage());
            }
            allocators.assertNothingAllocated();
        }
    }

    /** Changes one detail of the exported schema struct in place. */
    private static void editSchema(ExportedBatch exported, String detail) {
        switch (detail) {
            case "flags":
                ArrayStructEdits.edit(ArrayStructEdits.child(exported.schema(), 1), s -> s.flags ^= 2);
                break;
            case "metadata":
                ArrayStructEdits.edit(exported.schema(), s -> s.metadata = 0);
                break;
            case "name":
                // "orderkey" becomes "Orderkey", in this export's own copy of the string.
                MemoryUtil.putByte(ArrayStructEdits.child(exported.schema(), 0).snapshot().name, (byte) 'O');
                break;
            default:
                throw new IllegalArgumentException(detail);
        }
    }

    /** Column {@code column} of the export gets a NULL bitmap and the given null count. */
    private static void dropBitmap(ExportedBatch exported, int column, long nullCount) {
        ArrowArray child = ArrayStructEdits.child(exported.array(), column);
        ArrayStructEdits.setBuffer(child, 0, 0);
        ArrayStructEdits.edit(child, s -> s.null_count = nullCount);
    }
}
