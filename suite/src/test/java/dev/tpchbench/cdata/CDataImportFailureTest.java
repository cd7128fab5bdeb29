package dev.tpchbench.cdata;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A failed import still consumes (releases) what it was given, and leaks nothing on either side. */
class CDataImportFailureTest {
    /** The last column claims 1 buffer instead of 3: found after the other columns were imported. */
    @ParameterizedTest
    @EnumSource(names = {"LIBRARY", "HAND_WRITTEN", "ZERO_COPY"})
    void malformedLastColumnFailsHalfWayWithoutLeaking(Importer importer) {
        try (Allocators allocators = new Allocators()) {
            try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 50);
                    ExportedBatch exported = ExportedBatch.export(allocators.producer, source, true)) {
                ArrayStructEdits.edit(ArrayStructEdits.child(exported.array(), 4), s -> s.n_buffers = 1);
                RuntimeException e = assertThrows(RuntimeException.class, () -> importer.create()
                        .importBatch(exported.array(), exported.schema(), allocators.consumer));
                assertTrue(e.getMessage().contains("buffers"), e.getMessage());
                assertConsumed(exported);
                CDataRoundTripTest.assertValid(source);
            }
            allocators.assertNothingAllocated();
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"LIBRARY", "HAND_WRITTEN", "ZERO_COPY"})
    void arrayThatDoesNotMatchTheSchemaFailsWithoutLeaking(Importer importer) {
        try (Allocators allocators = new Allocators()) {
            try (VectorSchemaRoot fiveColumns = TestBatches.lineitemLike(allocators.producer, 10);
                    VectorSchemaRoot twoColumns = keyAnd(new IntVector("linenumber", allocators.producer), 10);
                    ExportedBatch array = ExportedBatch.export(allocators.producer, fiveColumns, false);
                    ExportedBatch schema = ExportedBatch.export(allocators.producer, twoColumns, true)) {
                RuntimeException e = assertThrows(RuntimeException.class, () -> importer.create()
                        .importBatch(array.array(), schema.schema(), allocators.consumer));
                assertTrue(e.getMessage().contains("5") && e.getMessage().contains("2"), e.getMessage());
                assertFalse(array.isArrayLive());
                assertFalse(schema.isSchemaLive());
            }
            allocators.assertNothingAllocated();
        }
    }

    @Test
    void handWrittenImporterNamesAnUnsupportedFormat() {
        try (Allocators allocators = new Allocators()) {
            try (VectorSchemaRoot source = keyAnd(new Float8Vector("discount", allocators.producer), 10);
                    ExportedBatch exported = ExportedBatch.export(allocators.producer, source, true)) {
                UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                        () -> Importer.HAND_WRITTEN.create().importBatch(exported.array(), exported.schema(),
                                allocators.consumer));
                assertTrue(e.getMessage().startsWith("column 'discount' has format 'g'"), e.getMessage());
                assertTrue(e.getMessage().contains(FormatString.SUPPORTED), e.getMessage());
                assertConsumed(exported);
            }
            allocators.assertNothingAllocated();
        }
    }

    @ParameterizedTest
    @EnumSource(Importer.class)
    void importingTheSameArrayTwiceFailsTheSecondTime(Importer importer) {
        try (Allocators allocators = new Allocators()) {
            try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 10);
                    ExportedBatch exported = ExportedBatch.export(allocators.producer, source, true)) {
                BatchImporter stream = importer.create();
                stream.importBatch(exported.array(), exported.schema(), allocators.consumer).close();
                IllegalStateException e = assertThrows(IllegalStateException.class,
                        () -> stream.importBatch(exported.array(), null, allocators.consumer));
                assertTrue(e.getMessage().contains("released ArrowArray"), e.getMessage());
            }
            allocators.assertNothingAllocated();
        }
    }

    @ParameterizedTest
    @EnumSource(Importer.class)
    void firstBatchWithoutASchemaFailsAndIsReleased(Importer importer) {
        try (Allocators allocators = new Allocators()) {
            try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 10);
                    ExportedBatch exported = ExportedBatch.export(allocators.producer, source, false)) {
                assertThrows(IllegalStateException.class,
                        () -> importer.create().importBatch(exported.array(), null, allocators.consumer));
                assertFalse(exported.isArrayLive());
            }
            allocators.assertNothingAllocated();
        }
    }

    @Test
    void exportedBatchThatNobodyImportsIsReleasedOnClose() {
        try (Allocators allocators = new Allocators()) {
            try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 10)) {
                long sourceBytes = allocators.producer.getAllocatedMemory();
                try (ExportedBatch exported = ExportedBatch.export(allocators.producer, source, true)) {
                    assertTrue(exported.isArrayLive());
                    assertTrue(exported.isSchemaLive());
                }
                assertTrue(allocators.producer.getAllocatedMemory() == sourceBytes, "export bookkeeping freed");
                CDataRoundTripTest.assertValid(source);
            }
            allocators.assertNothingAllocated();
        }
    }

    private static void assertConsumed(ExportedBatch exported) {
        assertFalse(exported.isArrayLive(), "a failed import still consumes the array");
        assertFalse(exported.isSchemaLive(), "a failed import still releases the schema");
    }

    /** An int64 column and {@code second}, both with {@code rows} rows. */
    private static VectorSchemaRoot keyAnd(BaseFixedWidthVector second, int rows) {
        BigIntVector key = new BigIntVector("orderkey", second.getAllocator());
        key.allocateNew(rows);
        second.allocateNew(rows);
        for (int i = 0; i < rows; i++) {
            key.set(i, i);
            second.setIndexDefined(i);
        }
        VectorSchemaRoot root = new VectorSchemaRoot(List.of(key, second));
        root.setRowCount(rows);
        return root;
    }
}
