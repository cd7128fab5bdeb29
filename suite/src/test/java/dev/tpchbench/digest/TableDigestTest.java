package dev.tpchbench.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TableDigestTest {
    private final BufferAllocator allocator = new RootAllocator();
    private final List<VectorSchemaRoot> open = new ArrayList<>();

    private static final Schema SCHEMA = new Schema(List.of(
            Field.nullable("k", new ArrowType.Int(64, true)),
            Field.nullable("n", new ArrowType.Int(32, true)),
            Field.nullable("price", new ArrowType.Decimal(15, 2, 128)),
            Field.nullable("day", new ArrowType.Date(DateUnit.DAY)),
            Field.nullable("text", ArrowType.Utf8.INSTANCE)));

    @AfterEach
    void close() {
        open.forEach(VectorSchemaRoot::close);
        assertEquals(0, allocator.getAllocatedMemory());
        allocator.close();
    }

    /** Rows 0..rows-1 with value i in every column, split into batches of batchRows; edit may change them. */
    private List<VectorSchemaRoot> table(int rows, int batchRows, Consumer<long[]> edit) {
        return table(rows, batchRows, edit, false);
    }

    private List<VectorSchemaRoot> table(int rows, int batchRows, Consumer<long[]> edit, boolean emptyForNull) {
        long[] keys = new long[rows];
        for (int i = 0; i < rows; i++) {
            keys[i] = i;
        }
        edit.accept(keys);
        List<VectorSchemaRoot> batches = new ArrayList<>();
        for (int start = 0; start < rows; start += batchRows) {
            int n = Math.min(batchRows, rows - start);
            VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, allocator);
            root.allocateNew();
            for (int i = 0; i < n; i++) {
                long v = keys[start + i];
                ((BigIntVector) root.getVector(0)).setSafe(i, v);
                ((IntVector) root.getVector(1)).setSafe(i, (int) (v % 7));
                ((DecimalVector) root.getVector(2)).setSafe(i, BigDecimal.valueOf(v * 101, 2));
                ((DateDayVector) root.getVector(3)).setSafe(i, (int) (8000 + v));
                if (v % 5 == 4 && emptyForNull) {
                    ((VarCharVector) root.getVector(4)).setSafe(i, new byte[0]);
                } else if (v % 5 == 4) {
                    ((VarCharVector) root.getVector(4)).setNull(i);
                } else {
                    ((VarCharVector) root.getVector(4)).setSafe(i, ("row é " + v).getBytes(StandardCharsets.UTF_8));
                }
            }
            root.setRowCount(n);
            batches.add(root);
            open.add(root);
        }
        return batches;
    }

    private TableDigest digest(List<VectorSchemaRoot> batches) {
        return TableDigest.of(SCHEMA, batches);
    }

    private TableDigest reference() {
        return digest(table(100, 16, k -> { }));
    }

    @Test
    void sameContentSameDigestWhateverTheBatchSizes() {
        assertEquals(reference(), digest(table(100, 7, k -> { })));
        assertEquals(reference(), digest(table(100, 100, k -> { })));
        TableDigest.Builder builder = TableDigest.builder(SCHEMA);
        table(100, 33, k -> { }).forEach(builder::add);
        assertEquals(reference(), builder.build());
        assertEquals(Optional.empty(), builder.build().differenceFrom(reference()));
    }

    @Test
    void aChangedValueNamesItsColumns() {
        TableDigest changed = digest(table(100, 16, k -> k[42] = 4243));
        assertNotEquals(reference(), changed);
        String message = changed.differenceFrom(reference()).orElseThrow();
        assertTrue(message.startsWith("content differs in column(s) k, n, price, day, text"), message);
    }

    @Test
    void swappedRowsChangeTheDigest() {
        TableDigest swapped = digest(table(100, 16, k -> {
            k[3] = 4;
            k[4] = 3;
        }));
        assertNotEquals(reference(), swapped);
    }

    @Test
    void droppedOrDuplicatedRowsShowAsRowCounts() {
        assertEquals("rows: expected 100, actual 99", digest(table(99, 16, k -> { })).differenceFrom(reference())
                .orElseThrow());
        List<VectorSchemaRoot> batches = table(100, 16, k -> { });
        batches.add(batches.get(0));
        assertEquals("rows: expected 100, actual 116", digest(batches).differenceFrom(reference()).orElseThrow());
    }

    @Test
    void rowCountsReadTheSameOnAGermanMachine() {
        Locale savedDefault = Locale.getDefault();
        Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.GERMANY);
        try {
            TableDigest empty = TableDigest.builder(SCHEMA).build();
            TableDigest expected = digest(table(1500, 512, k -> { }));
            assertEquals("rows: expected 1,500, actual 0", empty.differenceFrom(expected).orElseThrow());
            assertTrue(expected.toString().startsWith("1,500 rows ["), expected.toString());
        } finally {
            Locale.setDefault(savedDefault);
            Locale.setDefault(Locale.Category.FORMAT, savedFormat);
        }
    }

    @Test
    void emptyOutputIsNotEqual() {
        TableDigest empty = TableDigest.of(SCHEMA, List.of());
        assertEquals("rows: expected 100, actual 0", empty.differenceFrom(reference()).orElseThrow());
    }

    @Test
    void aRenamedOrDroppedColumnIsNamed() {
        Schema renamed = new Schema(List.of(SCHEMA.getFields().get(0), SCHEMA.getFields().get(1),
                SCHEMA.getFields().get(2), SCHEMA.getFields().get(3),
                Field.nullable("comment", ArrowType.Utf8.INSTANCE)));
        List<VectorSchemaRoot> batches = table(100, 16, k -> { });
        TableDigest.Builder builder = TableDigest.builder(renamed);
        batches.forEach(builder::add);
        assertTrue(builder.build().differenceFrom(reference()).orElseThrow().startsWith("columns: expected [k, n, price, day, text]"));
    }

    @Test
    void nullsAndEmptyStringsDiffer() {
        TableDigest withEmptyStrings = digest(table(100, 16, k -> { }, true));
        assertEquals("content differs in column(s) text", withEmptyStrings.differenceFrom(reference()).orElseThrow());
    }

    @Test
    void columnGroupsSideBySideEqualTheWholeTable() {
        List<String> names = List.of("k", "n", "price", "day", "text");
        TableDigest evenColumns = digest(table(100, 16, k -> { }), 0, 2, 4);
        TableDigest oddColumns = digest(table(100, 30, k -> { }), 1, 3);

        assertEquals(reference(), TableDigest.sideBySide(names, List.of(oddColumns, evenColumns)));
        TableDigest changed = digest(table(100, 16, k -> k[42] = 4243), 1, 3);
        assertEquals("content differs in column(s) n, day",
                TableDigest.sideBySide(names, List.of(evenColumns, changed)).differenceFrom(reference()).orElseThrow());
    }

    @Test
    void columnGroupsMustAgreeOnRowsAndHoldEveryColumnOnce() {
        List<String> names = List.of("k", "n", "price", "day", "text");
        TableDigest evenColumns = digest(table(100, 16, k -> { }), 0, 2, 4);
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
                () -> TableDigest.sideBySide(names, List.of(evenColumns, digest(table(99, 16, k -> { }), 1, 3))));
        assertEquals("the column groups read different row counts: 100 and 99", rows.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> TableDigest.sideBySide(names, List.of(evenColumns, digest(table(100, 16, k -> { }), 1))));
        assertThrows(IllegalArgumentException.class,
                () -> TableDigest.sideBySide(names, List.of(evenColumns, digest(table(100, 16, k -> { }), 1, 2, 3))));
        assertThrows(IllegalArgumentException.class, () -> TableDigest.sideBySide(names, List.of()));
    }

    /** The digest of some columns of {@code batches}, as a scan that projects them would give it. */
    private static TableDigest digest(List<VectorSchemaRoot> batches, int... columns) {
        List<Field> fields = new ArrayList<>();
        for (int c : columns) {
            fields.add(SCHEMA.getFields().get(c));
        }
        TableDigest.Builder builder = TableDigest.builder(new Schema(fields));
        for (VectorSchemaRoot batch : batches) {
            List<FieldVector> vectors = new ArrayList<>();
            for (int c : columns) {
                vectors.add(batch.getVector(c));
            }
            builder.add(new VectorSchemaRoot(fields, vectors, batch.getRowCount()));
        }
        return builder.build();
    }
}
