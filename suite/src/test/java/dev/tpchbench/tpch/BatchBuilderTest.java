package dev.tpchbench.tpch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
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
import org.junit.jupiter.api.Test;

class BatchBuilderTest {
    private static final Schema SCHEMA = new Schema(List.of(
            field("key", new ArrowType.Int(64, true)),
            field("count", new ArrowType.Int(32, true)),
            field("money", new ArrowType.Decimal(15, 2, 128)),
            field("day", new ArrowType.Date(DateUnit.DAY)),
            field("text", ArrowType.Utf8.INSTANCE)));

    @Test
    void valuesReadBackAsWrittenIncludingNegativeDecimalsAndNonAsciiText() {
        String[] texts = {"plain", "", "café", "日本語", "x"};
        try (BufferAllocator allocator = new RootAllocator()) {
            try (BatchBuilder builder = new BatchBuilder(SCHEMA, allocator)) {
                for (int round = 0; round < 2; round++) {
                    builder.start(texts.length);
                    for (int row = 0; row < texts.length; row++) {
                        builder.fixedWidth(0).setLong(row, -5_000_000_000L * row);
                        builder.fixedWidth(1).setInt(row, 7 * row);
                        builder.fixedWidth(2).setDecimal(row, row % 2 == 0 ? -99_999L * row : 12_345L);
                        builder.fixedWidth(3).setInt(row, 9_568 + row);
                        if (row == 4) {
                            builder.text(4).set(row, 'x');
                        } else {
                            builder.text(4).set(row, texts[row]);
                        }
                    }
                    try (VectorSchemaRoot batch = builder.finish()) {
                        assertEquals(texts.length, batch.getRowCount());
                        for (int row = 0; row < texts.length; row++) {
                            assertEquals(-5_000_000_000L * row, ((BigIntVector) batch.getVector(0)).get(row));
                            assertEquals(7 * row, ((IntVector) batch.getVector(1)).get(row));
                            assertEquals(BigDecimal.valueOf(row % 2 == 0 ? -99_999L * row : 12_345L, 2),
                                    ((DecimalVector) batch.getVector(2)).getObject(row));
                            assertEquals(9_568 + row, ((DateDayVector) batch.getVector(3)).get(row));
                            assertEquals(texts[row], new String(((VarCharVector) batch.getVector(4)).get(row),
                                    StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            assertEquals(0, allocator.getAllocatedMemory());
        }
    }

    @Test
    void textBeyondTheInitialScratchSpaceIsKept() {
        int rows = 10_000;
        String value = "a thirty-two character long text";
        try (BufferAllocator allocator = new RootAllocator();
                BatchBuilder builder = new BatchBuilder(new Schema(List.of(field("text", ArrowType.Utf8.INSTANCE))),
                        allocator)) {
            builder.start(rows);
            for (int row = 0; row < rows; row++) {
                builder.text(0).set(row, value + row);
            }
            try (VectorSchemaRoot batch = builder.finish()) {
                VarCharVector text = (VarCharVector) batch.getVector(0);
                for (int row = 0; row < rows; row++) {
                    assertEquals(value + row, new String(text.get(row), StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static Field field(String name, ArrowType type) {
        return new Field(name, FieldType.nullable(type), null);
    }
}
