package dev.tpchbench.write;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Small lineitem-like tables with exactly the TPC-H column types, deterministic per seed. */
final class TestTables {
    private TestTables() {
    }

    static Schema schema(boolean nullable) {
        return new Schema(List.of(
                field("l_orderkey", new ArrowType.Int(64, true), nullable),
                field("l_linenumber", new ArrowType.Int(32, true), nullable),
                field("l_extendedprice", new ArrowType.Decimal(15, 2, 128), nullable),
                field("l_shipdate", new ArrowType.Date(DateUnit.DAY), nullable),
                field("l_comment", ArrowType.Utf8.INSTANCE, nullable)));
    }

    /** TPC-H-like: every column NOT NULL. */
    static ArrowTable lineitemLike(BufferAllocator allocator, int rows, int batchRows) {
        return table(allocator, schema(false), rows, batchRows, 0);
    }

    /** Every column nullable, about one value in {@code nullEvery} null. */
    static ArrowTable withNulls(BufferAllocator allocator, int rows, int batchRows, int nullEvery) {
        return table(allocator, schema(true), rows, batchRows, nullEvery);
    }

    /** No batches at all. */
    static ArrowTable empty() {
        return new ArrowTable(schema(false), List.of());
    }

    /** One batch of zero rows. */
    static ArrowTable oneEmptyBatch(BufferAllocator allocator) {
        VectorSchemaRoot batch = VectorSchemaRoot.create(schema(false), allocator);
        batch.allocateNew();
        batch.setRowCount(0);
        return new ArrowTable(schema(false), List.of(batch));
    }

    /** Same rows, same order, same column names and types as {@code expected}. */
    static void assertSameContent(ArrowTable expected, TableDigest actual) {
        TableDigest source = TableDigest.of(expected.schema(), expected.batches());
        assertEquals(Optional.empty(), actual.differenceFrom(source));
        assertEquals(expected.rowCount(), actual.rowCount());
    }

    private static ArrowTable table(BufferAllocator allocator, Schema schema, int rows, int batchRows, int nullEvery) {
        Random random = new Random(rows * 31L + batchRows);
        List<VectorSchemaRoot> batches = new ArrayList<>();
        try {
            for (int first = 0; first < rows; first += batchRows) {
                int n = Math.min(batchRows, rows - first);
                VectorSchemaRoot batch = VectorSchemaRoot.create(schema, allocator);
                batches.add(batch);
                fill(batch, first, n, random, nullEvery);
            }
            return new ArrowTable(schema, batches);
        } catch (RuntimeException e) {
            batches.forEach(VectorSchemaRoot::close);
            throw e;
        }
    }

    private static void fill(VectorSchemaRoot batch, int firstRow, int n, Random random, int nullEvery) {
        BigIntVector orderKey = (BigIntVector) batch.getVector(0);
        IntVector lineNumber = (IntVector) batch.getVector(1);
        DecimalVector price = (DecimalVector) batch.getVector(2);
        DateDayVector shipDate = (DateDayVector) batch.getVector(3);
        VarCharVector comment = (VarCharVector) batch.getVector(4);
        batch.allocateNew();
        for (int i = 0; i < n; i++) {
            long row = firstRow + i;
            if (nullEvery > 0 && random.nextInt(nullEvery) == 0) {
                continue; // all columns of this row stay null
            }
            orderKey.set(i, row * 4 + random.nextInt(4) - (1L << 40));
            lineNumber.set(i, random.nextInt(7) + 1 - (i % 50 == 0 ? 100 : 0));
            price.set(i, BigDecimal.valueOf(random.nextLong() % 10_000_000_000_000L, 2));
            shipDate.set(i, 8036 + random.nextInt(2526));
            comment.setSafe(i, comment(random).getBytes(StandardCharsets.UTF_8));
        }
        batch.setRowCount(n);
    }

    private static String comment(Random random) {
        String[] words = {"furiously", "regular", "deposits", "sleep", "quickly", "ironic", "accounts", "ç", "€"};
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(8); // sometimes the empty string
        for (int w = 0; w < count; w++) {
            text.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return text.toString();
    }

    private static Field field(String name, ArrowType type, boolean nullable) {
        return new Field(name, new FieldType(nullable, type, null), null);
    }
}
