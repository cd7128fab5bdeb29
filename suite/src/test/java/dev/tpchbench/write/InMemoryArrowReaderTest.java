package dev.tpchbench.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;

class InMemoryArrowReaderTest {
    private final BufferAllocator allocator = new RootAllocator();

    @AfterEach
    void allocatorIsEmpty() {
        allocator.close(); // throws if any buffer leaked
    }

    @Test
    void replaysEveryBatchInOrderAndCanReplayAgain() throws Exception {
        try (ArrowTable table = TestTables.lineitemLike(allocator, 2_500, 700)) {
            for (int pass = 0; pass < 2; pass++) {
                try (InMemoryArrowReader reader = new InMemoryArrowReader(table, allocator)) {
                    TestTables.assertSameContent(table, digest(reader));
                    assertEquals(table.rowCount(), reader.rowsDelivered());
                }
            }
        }
    }

    @Test
    void survivesTheCDataStreamRoundTrip() throws Exception {
        try (ArrowTable table = TestTables.withNulls(allocator, 3_000, 1_000, 7);
             BufferAllocator importing = allocator.newChildAllocator("import", 0, Long.MAX_VALUE)) {
            try (ArrowArrayStream stream = ArrowArrayStream.allocateNew(allocator)) {
                Data.exportArrayStream(allocator, new InMemoryArrowReader(table, allocator), stream);
                try (ArrowReader imported = Data.importArrayStream(importing, stream)) {
                    TestTables.assertSameContent(table, digest(imported));
                }
            }
        }
    }

    @Test
    void anEmptyTableHasASchemaAndNoBatches() throws Exception {
        try (ArrowTable table = TestTables.empty();
             InMemoryArrowReader reader = new InMemoryArrowReader(table, allocator)) {
            assertEquals(table.schema(), reader.getVectorSchemaRoot().getSchema());
            assertFalse(reader.loadNextBatch());
        }
    }

    @Test
    void reportsAnAnnotatedSchemaOverTheSameBuffers() throws Exception {
        try (ArrowTable table = TestTables.lineitemLike(allocator, 2_500, 700)) {
            Schema annotated = LanceEncodingMetadata.annotate(table.schema(), StringCompression.LZ4);
            try (InMemoryArrowReader reader = new InMemoryArrowReader(table, annotated, allocator)) {
                assertEquals(annotated, reader.getVectorSchemaRoot().getSchema());
                TestTables.assertSameContent(table, digest(reader));
            }
        }
    }

    @Test
    void refusesASchemaWithOtherFields() {
        try (ArrowTable table = TestTables.lineitemLike(allocator, 100, 30)) {
            List<Field> fields = new ArrayList<>(table.schema().getFields());
            Field first = fields.get(0);
            fields.set(0, new Field(first.getName(), FieldType.nullable(ArrowType.Utf8.INSTANCE), null));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new InMemoryArrowReader(table, new Schema(fields), allocator));
            assertTrue(e.getMessage().startsWith("the reported schema may differ from the table's only in metadata"),
                    e.getMessage());
        }
    }

    @Test
    void replaysContiguousPartsThatTogetherAreTheTable() throws Exception {
        try (ArrowTable table = TestTables.lineitemLike(allocator, 2_500, 700)) {
            Schema schema = table.schema();
            TableDigest.Builder digest = TableDigest.builder(schema);
            long rows = 0;
            for (int[] part : new int[][] {{0, 1}, {1, 1}, {1, 4}}) {
                try (InMemoryArrowReader reader = new InMemoryArrowReader(table, schema, part[0], part[1], allocator)) {
                    while (reader.loadNextBatch()) {
                        digest.add(reader.getVectorSchemaRoot());
                    }
                    rows += reader.rowsDelivered();
                }
            }
            TestTables.assertSameContent(table, digest.build());
            assertEquals(2_500, rows);
            assertThrows(IndexOutOfBoundsException.class, () -> new InMemoryArrowReader(table, schema, 2, 5, allocator));
            assertThrows(IndexOutOfBoundsException.class, () -> new InMemoryArrowReader(table, schema, 3, 2, allocator));
        }
    }

    private static TableDigest digest(ArrowReader reader) throws Exception {
        TableDigest.Builder digest = TableDigest.builder(reader.getVectorSchemaRoot().getSchema());
        while (reader.loadNextBatch()) {
            digest.add(reader.getVectorSchemaRoot());
        }
        return digest.build();
    }
}
