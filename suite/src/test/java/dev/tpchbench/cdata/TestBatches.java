package dev.tpchbench.cdata;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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

/** Small batches with the column types of the TPC-H schema, and the awkward values they must survive. */
final class TestBatches {
    /** Nulls, empty strings and multi-byte UTF-8 (2, 3 and 4 bytes per character). */
    static final String[] COMMENTS = {"", "plain ascii", null, "Grüße", "日本語のテキスト", "", "emoji 🙂 end"};

    static final Schema SCHEMA = new Schema(List.of(
            new Field("orderkey", FieldType.notNullable(new ArrowType.Int(64, true)), null),
            new Field("linenumber", FieldType.nullable(new ArrowType.Int(32, true)), null),
            new Field("extendedprice", new FieldType(true, new ArrowType.Decimal(15, 2, 128), null,
                    Map.of("unit", "USD")), null),
            new Field("shipdate", FieldType.nullable(new ArrowType.Date(DateUnit.DAY)), null),
            new Field("comment", FieldType.nullable(ArrowType.Utf8.INSTANCE), null)),
            Map.of("table", "lineitem-like"));

    private TestBatches() {
    }

    /**
     * Rows [start, start + length) of {@code source} as a new root with the same schema
     * ({@link VectorSchemaRoot#slice} drops the schema's metadata).
     */
    static VectorSchemaRoot slice(VectorSchemaRoot source, int start, int length) {
        VectorSchemaRoot slice = source.slice(start, length);
        return new VectorSchemaRoot(source.getSchema(), slice.getFieldVectors(), length);
    }

    /** {@code rows} rows of {@link #SCHEMA}; every nullable column has nulls at different rows. */
    static VectorSchemaRoot lineitemLike(BufferAllocator allocator, int rows) {
        VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, allocator);
        BigIntVector orderKey = (BigIntVector) root.getVector(0);
        IntVector lineNumber = (IntVector) root.getVector(1);
        DecimalVector price = (DecimalVector) root.getVector(2);
        DateDayVector shipDate = (DateDayVector) root.getVector(3);
        VarCharVector comment = (VarCharVector) root.getVector(4);
        root.allocateNew();
        for (int i = 0; i < rows; i++) {
            orderKey.setSafe(i, i % 3 == 0 ? -i * 1_000_003L : i * 7L + Long.MAX_VALUE / 2);
            if (i % 5 == 3) {
                lineNumber.setNull(i);
            } else {
                lineNumber.setSafe(i, i % 7 + 1);
            }
            if (i % 7 == 2) {
                price.setNull(i);
            } else {
                price.setSafe(i, BigDecimal.valueOf(i * 12_345L - 500_000L, 2));
            }
            if (i % 11 == 4) {
                shipDate.setNull(i);
            } else {
                shipDate.setSafe(i, 8_000 + i % 2_500);
            }
            String text = COMMENTS[i % COMMENTS.length];
            if (text == null) {
                comment.setNull(i);
            } else {
                comment.setSafe(i, (text.isEmpty() ? text : text + " " + i).getBytes(StandardCharsets.UTF_8));
            }
        }
        root.setRowCount(rows);
        return root;
    }
}
