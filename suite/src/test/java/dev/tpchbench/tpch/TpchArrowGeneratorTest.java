package dev.tpchbench.tpch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import io.trino.tpch.TpchColumn;
import io.trino.tpch.TpchEntity;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TpchArrowGeneratorTest {
    private static final double SF = 0.01;

    private BufferAllocator allocator;

    @BeforeEach
    void openAllocator() {
        allocator = new RootAllocator();
    }

    @AfterEach
    void allocatorIsEmptyAfterEveryTableIsClosed() {
        assertEquals(0, allocator.getAllocatedMemory(), "bytes still allocated");
        allocator.close();
    }

    @Test
    void everyTableHasTheIndependentlyCountedRowsAndItsSchema() {
        for (TpchTable table : TpchTable.values()) {
            try (ArrowTable generated = TpchArrowGenerator.generate(table, SF, 4096, allocator)) {
                assertEquals(TpchRowCounts.expectedRows(table, SF), generated.rowCount(), table.tableName());
                assertEquals(TpchSchemas.schema(table), generated.schema(), table.tableName());
            }
        }
    }

    /** Every value against the generator's generic accessors, read from one single-part generator. */
    @Test
    void everyValueEqualsTheGeneratorsGenericAccessors() {
        for (TpchTable table : TpchTable.values()) {
            try (ArrowTable generated = TpchArrowGenerator.generate(table, SF, 5000, allocator)) {
                assertSameValues(table, generated);
            }
        }
    }

    @Test
    void firstLineitemRowAtScaleFactorOne() {
        // Part keys depend on the scale factor, so the row must come from SF 1; its first 1/1500 part is enough.
        int partCount = 1500;
        long partRows = TpchRowCounts.rowsPerPart(TpchTable.LINEITEM, 1, partCount)[0];
        List<VectorSchemaRoot> batches = new PartBatchWriter(TpchTable.LINEITEM, 1, 1, partCount, 0, partRows,
                partRows, (int) partRows, allocator).call();
        try (ArrowTable part = new ArrowTable(TpchSchemas.schema(TpchTable.LINEITEM), batches)) {
            VectorSchemaRoot batch = part.batches().get(0);
            assertEquals(1L, ((BigIntVector) batch.getVector("l_orderkey")).get(0));
            assertEquals(155190L, ((BigIntVector) batch.getVector("l_partkey")).get(0));
            assertEquals(7706L, ((BigIntVector) batch.getVector("l_suppkey")).get(0));
            assertEquals(1, ((IntVector) batch.getVector("l_linenumber")).get(0));
            assertEquals(new BigDecimal("17.00"), decimal(batch, "l_quantity", 0));
            assertEquals(new BigDecimal("21168.23"), decimal(batch, "l_extendedprice", 0));
            assertEquals(new BigDecimal("0.04"), decimal(batch, "l_discount", 0));
            assertEquals(new BigDecimal("0.02"), decimal(batch, "l_tax", 0));
            assertEquals("N", text(batch, "l_returnflag", 0));
            assertEquals("O", text(batch, "l_linestatus", 0));
            assertEquals(LocalDate.of(1996, 3, 13), date(batch, "l_shipdate", 0));
            assertEquals(LocalDate.of(1996, 2, 12), date(batch, "l_commitdate", 0));
            assertEquals(LocalDate.of(1996, 3, 22), date(batch, "l_receiptdate", 0));
            assertEquals("DELIVER IN PERSON", text(batch, "l_shipinstruct", 0));
            assertEquals("TRUCK", text(batch, "l_shipmode", 0));
        }
    }

    @Test
    void firstCustomerRow() {
        try (ArrowTable customer = TpchArrowGenerator.generate(TpchTable.CUSTOMER, SF, 1000, allocator)) {
            VectorSchemaRoot batch = customer.batches().get(0);
            assertEquals(1L, ((BigIntVector) batch.getVector("c_custkey")).get(0));
            assertEquals("Customer#000000001", text(batch, "c_name", 0));
            assertEquals(15L, ((BigIntVector) batch.getVector("c_nationkey")).get(0));
            assertEquals(new BigDecimal("711.56"), decimal(batch, "c_acctbal", 0));
            assertEquals("BUILDING", text(batch, "c_mktsegment", 0));
        }
    }

    @Test
    void sameInputGivesTheSameTableWhateverTheBatchSize() {
        for (TpchTable table : new TpchTable[] {TpchTable.LINEITEM, TpchTable.ORDERS, TpchTable.NATION}) {
            TableDigest reference = digest(table, 65_536);
            assertEquals(reference, digest(table, 65_536), table.tableName());
            for (int batchRows : new int[] {1000, 7, 20_000}) {
                assertEquals(reference, digest(table, batchRows), table.tableName() + " in batches of " + batchRows);
            }
        }
    }

    @Test
    void aPrefixOfWholeBatchesIsTheWholeTablesFirstBatches() {
        // Orders at SF 0.01: 15,000 rows in 4 parts of 3,750; prefixes end inside a part, past one, and past the table.
        for (int batchRows : new int[] {1000, 7, 4000}) {
            for (long batches : new long[] {1, 4, 600, 100_000}) {
                long maxRows = batches * batchRows;
                try (ArrowTable whole = TpchArrowGenerator.generate(TpchTable.ORDERS, SF, batchRows, allocator);
                     ArrowTable prefix = TpchArrowGenerator.generateFirst(TpchTable.ORDERS, SF, batchRows, maxRows,
                             allocator)) {
                    String what = batches + " batches of " + batchRows;
                    int expectedBatches = (int) Math.min(whole.batchCount(), batches);
                    assertEquals(expectedBatches, prefix.batchCount(), what);
                    assertEquals(Math.min(maxRows, whole.rowCount()), prefix.rowCount(), what);
                    assertEquals(TableDigest.of(whole.schema(), whole.batches().subList(0, expectedBatches)),
                            TableDigest.of(prefix.schema(), prefix.batches()), what);
                }
            }
        }
    }

    @Test
    void batchesHoldExactlyBatchRowsExceptTheLast() {
        // 20,000 rows span the 4 parts of orders at SF 0.01 (3,750 rows each), 7 and 1,000 split inside parts.
        for (int batchRows : new int[] {1000, 7, 4000, 20_000}) {
            try (ArrowTable orders = TpchArrowGenerator.generate(TpchTable.ORDERS, SF, batchRows, allocator)) {
                List<VectorSchemaRoot> batches = orders.batches();
                assertEquals((15_000 + batchRows - 1) / batchRows, batches.size(), "batches of " + batchRows);
                for (int b = 0; b < batches.size() - 1; b++) {
                    assertEquals(batchRows, batches.get(b).getRowCount(), "batch " + b + " of " + batchRows);
                }
                int lastRows = 15_000 % batchRows == 0 ? batchRows : 15_000 % batchRows;
                assertEquals(lastRows, batches.get(batches.size() - 1).getRowCount(), "last batch of " + batchRows);
            }
        }
    }

    @Test
    void aScaleFactorTooSmallForAnyRowGivesAnEmptyTable() {
        try (ArrowTable customer = TpchArrowGenerator.generate(TpchTable.CUSTOMER, 1e-6, 100, allocator)) {
            assertEquals(0, customer.rowCount());
            assertEquals(0, customer.batchCount());
        }
    }

    @Test
    void rejectsBadArgumentsWithClearMessages() {
        for (double bad : new double[] {0, -0.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TpchArrowGenerator.generate(TpchTable.REGION, bad, 100, allocator));
            assertEquals("scale factor must be finite and > 0, got " + bad, e.getMessage());
        }
        for (int bad : new int[] {0, -1}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TpchArrowGenerator.generate(TpchTable.REGION, 1, bad, allocator));
            assertEquals("batchRows must be > 0, got " + bad, e.getMessage());
        }
    }

    private TableDigest digest(TpchTable table, int batchRows) {
        try (ArrowTable generated = TpchArrowGenerator.generate(table, SF, batchRows, allocator)) {
            return TableDigest.of(generated.schema(), generated.batches());
        }
    }

    private static void assertSameValues(TpchTable table, ArrowTable generated) {
        List<? extends TpchColumn<?>> columns = table.generatorTable().getColumns();
        Iterator<? extends TpchEntity> entities = table.generatorTable().createGenerator(SF, 1, 1).iterator();
        long row = 0;
        for (VectorSchemaRoot batch : generated.batches()) {
            for (int i = 0; i < batch.getRowCount(); i++, row++) {
                assertTrue(entities.hasNext(), table.tableName() + " has more rows than the generator");
                TpchEntity entity = entities.next();
                for (int c = 0; c < columns.size(); c++) {
                    Object expected = genericValue(columns.get(c), entity);
                    Object actual = arrowValue(batch.getVector(c), i);
                    if (!expected.equals(actual)) {
                        throw new AssertionError(table.tableName() + " row " + row + " " + columns.get(c).getColumnName()
                                + ": expected " + expected + ", actual " + actual);
                    }
                }
            }
        }
        assertTrue(!entities.hasNext(), table.tableName() + " has fewer rows than the generator");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object genericValue(TpchColumn column, TpchEntity entity) {
        switch (column.getType().getBase()) {
            case IDENTIFIER:
                return column.getIdentifier(entity);
            case INTEGER:
                return (long) column.getInteger(entity);
            case DATE:
                return (long) column.getDate(entity);
            case DOUBLE:
                return BigDecimal.valueOf(column.getDouble(entity)).setScale(2);
            case VARCHAR:
                return column.getString(entity);
            default:
                throw new AssertionError(column.getType());
        }
    }

    private static Object arrowValue(FieldVector vector, int row) {
        if (vector instanceof BigIntVector) {
            return ((BigIntVector) vector).get(row);
        }
        if (vector instanceof IntVector) {
            return (long) ((IntVector) vector).get(row);
        }
        if (vector instanceof DateDayVector) {
            return (long) ((DateDayVector) vector).get(row);
        }
        if (vector instanceof DecimalVector) {
            return ((DecimalVector) vector).getObject(row);
        }
        return new String(((VarCharVector) vector).get(row), StandardCharsets.UTF_8);
    }

    private static BigDecimal decimal(VectorSchemaRoot batch, String column, int row) {
        return ((DecimalVector) batch.getVector(column)).getObject(row);
    }

    private static String text(VectorSchemaRoot batch, String column, int row) {
        return new String(((VarCharVector) batch.getVector(column)).get(row), StandardCharsets.UTF_8);
    }

    private static LocalDate date(VectorSchemaRoot batch, String column, int row) {
        return LocalDate.ofEpochDay(((DateDayVector) batch.getVector(column)).get(row));
    }
}
