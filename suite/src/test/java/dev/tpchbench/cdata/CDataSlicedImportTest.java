package dev.tpchbench.cdata;

import static dev.tpchbench.cdata.CDataRoundTripTest.assertSameBatch;
import static dev.tpchbench.cdata.CDataRoundTripTest.digest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.c.Data;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Arrays whose C struct has offset != 0, as C++ and Rust producers send for slices. */
class CDataSlicedImportTest {
    private static final int SOURCE_ROWS = 100;

    @ParameterizedTest(name = "struct offset {0}, column offset {1}, {2} rows")
    @CsvSource({
        "3, 0, 5", "0, 3, 5", "1, 2, 5", "8, 0, 16", "0, 16, 9", "13, 0, 70", "5, 6, 89", "0, 0, 37", "7, 0, 0",
    })
    void handWrittenImporterHonoursOffsetAndLength(long parentOffset, long childOffset, int rows) {
        try (Allocators allocators = new Allocators()) {
            try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, SOURCE_ROWS);
                    VectorSchemaRoot expected = TestBatches.slice(source, (int) (parentOffset + childOffset), rows);
                    ExportedBatch exported = ExportedBatch.export(allocators.producer, source, true)) {
                ArrayStructEdits.slice(exported.array(), parentOffset, childOffset, rows);
                try (VectorSchemaRoot imported = Importer.HAND_WRITTEN.create()
                        .importBatch(exported.array(), exported.schema(), allocators.consumer)) {
                    assertSameBatch(expected, imported);
                }
            }
            allocators.assertNothingAllocated();
        }
    }

    @ParameterizedTest(name = "{0}, struct offset {1}, column offset {2}")
    @CsvSource({"LIBRARY, 0, 3", "ZERO_COPY, 0, 3", "LIBRARY, 3, 0", "ZERO_COPY, 3, 0"})
    void zeroCopyImportersRefuseOffsetsAndLeakNothing(Importer importer, long parentOffset, long childOffset) {
        try (Allocators allocators = new Allocators()) {
            try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, SOURCE_ROWS);
                    ExportedBatch exported = ExportedBatch.export(allocators.producer, source, true)) {
                ArrayStructEdits.slice(exported.array(), parentOffset, childOffset, 5);
                UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                        () -> importer.create().importBatch(exported.array(), exported.schema(),
                                allocators.consumer));
                assertTrue(e.getMessage().contains("offset 3"), e.getMessage());
                assertFalse(exported.isArrayLive(), "a failed import still consumes the array");
                assertFalse(exported.isSchemaLive());
            }
            allocators.assertNothingAllocated();
        }
    }

    /**
     * Why LIBRARY refuses offsets: Arrow Java 18.3.0's own importer reads sliced columns from the
     * physical start of their buffers. If this test fails, a newer Arrow honours offsets and the
     * refusal in LibraryImporter can go.
     */
    @Test
    void arrowJavasImporterIgnoresTheOffset() {
        try (Allocators allocators = new Allocators()) {
            try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, SOURCE_ROWS);
                    VectorSchemaRoot physicalStart = source.slice(0, 5);
                    VectorSchemaRoot wanted = source.slice(3, 5);
                    ExportedBatch exported = ExportedBatch.export(allocators.producer, source, true)) {
                ArrayStructEdits.slice(exported.array(), 0, 3, 5);
                try (VectorSchemaRoot imported = Data.importVectorSchemaRoot(allocators.consumer, exported.array(),
                        exported.schema(), null)) {
                    assertEquals(5, imported.getRowCount());
                    assertEquals(digest(physicalStart), digest(imported));
                    assertNotEquals(digest(wanted), digest(imported));
                }
            }
            allocators.assertNothingAllocated();
        }
    }

    /** Why these tests edit the struct: Arrow's Java exporter writes offset 0 even for a slice. */
    @Test
    void arrowJavasExporterWritesOffsetZeroForASlice() {
        try (Allocators allocators = new Allocators();
                VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, SOURCE_ROWS);
                VectorSchemaRoot slice = source.slice(3, 5);
                ExportedBatch exported = ExportedBatch.export(allocators.producer, slice, true)) {
            ArrowArray batch = exported.array();
            assertEquals(0, batch.snapshot().offset);
            for (int c = 0; c < slice.getFieldVectors().size(); c++) {
                assertEquals(0, ArrayStructEdits.child(batch, c).snapshot().offset, "column " + c);
            }
        }
    }
}
