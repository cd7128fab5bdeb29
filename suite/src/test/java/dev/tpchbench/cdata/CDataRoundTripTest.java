package dev.tpchbench.cdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import dev.tpchbench.digest.TableDigest;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.util.Validator;
import org.apache.arrow.vector.util.ValueVectorUtility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Export then import gives back exactly the source, for every real importer, without leaks. */
class CDataRoundTripTest {
    static List<Object[]> importersAndSizes() {
        List<Object[]> cases = new ArrayList<>();
        for (Importer importer : List.of(Importer.LIBRARY, Importer.HAND_WRITTEN, Importer.ZERO_COPY)) {
            for (int rows : new int[] {0, 1, 7, 8, 9, 1_000}) {
                cases.add(new Object[] {importer, rows});
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}, {1} rows")
    @MethodSource("importersAndSizes")
    void importEqualsSourceAndSourceStaysIntact(Importer importer, int rows) {
        try (Allocators allocators = new Allocators()) {
            try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, rows)) {
                TableDigest sourceDigest = digest(source);
                try (ExportedBatch exported = ExportedBatch.export(allocators.producer, source, true)) {
                    try (VectorSchemaRoot imported = importer.create()
                            .importBatch(exported.array(), exported.schema(), allocators.consumer)) {
                        assertFalse(exported.isArrayLive(), "the importer took the array");
                        assertFalse(exported.isSchemaLive(), "the importer released the schema");
                        assertSameBatch(source, imported);
                        assertEquals(sourceDigest, digest(source), "source changed by the import");
                    }
                }
                assertEquals(sourceDigest, digest(source), "source changed after closing the import");
                assertValid(source);
            }
            allocators.assertNothingAllocated();
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"LIBRARY", "HAND_WRITTEN", "ZERO_COPY"})
    void importOutlivesTheClosedSource(Importer importer) {
        try (Allocators allocators = new Allocators()) {
            TableDigest expected;
            VectorSchemaRoot imported;
            try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 100);
                    ExportedBatch exported = ExportedBatch.export(allocators.producer, source, true)) {
                expected = digest(source);
                imported = importer.create().importBatch(exported.array(), exported.schema(), allocators.consumer);
            }
            try (imported) {
                assertEquals(expected, digest(imported));
                assertValid(imported);
            }
            allocators.assertNothingAllocated();
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"LIBRARY", "HAND_WRITTEN", "ZERO_COPY"})
    void streamSendsTheSchemaWithTheFirstBatchOnly(Importer importer) {
        try (Allocators allocators = new Allocators()) {
            BatchImporter stream = importer.create();
            for (int b = 0; b < 3; b++) {
                try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 10 + b);
                        ExportedBatch exported = ExportedBatch.export(allocators.producer, source, b == 0);
                        VectorSchemaRoot imported = stream.importBatch(exported.array(), exported.schema(),
                                allocators.consumer)) {
                    assertSameBatch(source, imported);
                }
            }
            allocators.assertNothingAllocated();
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"LIBRARY", "HAND_WRITTEN", "ZERO_COPY"})
    void stringsThatAreAllEmptyOrNullHaveNoDataBytes(Importer importer) {
        try (Allocators allocators = new Allocators();
                VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 20)) {
            VarCharVector comment = (VarCharVector) source.getVector("comment");
            for (int i = 0; i < 20; i++) {
                if (i % 3 == 0) {
                    comment.setNull(i);
                } else {
                    comment.setSafe(i, new byte[0]);
                }
            }
            comment.setValueCount(20);
            try (ExportedBatch exported = ExportedBatch.export(allocators.producer, source, true);
                    VectorSchemaRoot imported = importer.create().importBatch(exported.array(), exported.schema(),
                            allocators.consumer)) {
                assertSameBatch(source, imported);
                assertEquals("", ((VarCharVector) imported.getVector("comment")).getObject(1).toString());
                assertTrue(imported.getVector("comment").isNull(3));
            }
        }
    }

    /** Every way we know to compare two batches, since each checks something the others do not. */
    static void assertSameBatch(VectorSchemaRoot expected, VectorSchemaRoot actual) {
        assertEquals(expected.getSchema(), actual.getSchema());
        assertEquals(expected.getRowCount(), actual.getRowCount());
        assertEquals(digest(expected), digest(actual));
        assertTrue(expected.equals(actual), "VectorSchemaRoot.equals");
        Validator.compareVectorSchemaRoot(expected, actual);
        assertValid(actual);
    }

    static void assertValid(VectorSchemaRoot root) {
        for (FieldVector vector : root.getFieldVectors()) {
            ValueVectorUtility.validateFull(vector);
            assertEquals(root.getRowCount(), vector.getValueCount(), vector.getName());
        }
    }

    static TableDigest digest(VectorSchemaRoot root) {
        return TableDigest.of(root.getSchema(), List.of(root));
    }
}
