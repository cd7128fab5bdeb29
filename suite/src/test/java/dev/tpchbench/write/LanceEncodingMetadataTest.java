package dev.tpchbench.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;

import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

import dev.tpchbench.tpch.TpchSchemas;
import dev.tpchbench.tpch.TpchTable;

class LanceEncodingMetadataTest {
    private static final Schema LINEITEM = TpchSchemas.schema(TpchTable.LINEITEM);

    @Test
    void defaultLeavesTheSchemaAsItIs() {
        assertSame(LINEITEM, LanceEncodingMetadata.annotate(LINEITEM, StringCompression.DEFAULT));
    }

    @Test
    void setsTheKeyOnExactlyTheUtf8Fields() {
        Schema annotated = LanceEncodingMetadata.annotate(LINEITEM, StringCompression.LZ4);
        assertEquals(LINEITEM.getFields().size(), annotated.getFields().size());
        int strings = 0;
        for (int i = 0; i < LINEITEM.getFields().size(); i++) {
            Field before = LINEITEM.getFields().get(i);
            Field after = annotated.getFields().get(i);
            assertEquals(before.getName(), after.getName());
            assertEquals(before.getType(), after.getType());
            assertEquals(before.isNullable(), after.isNullable());
            if (before.getType() instanceof ArrowType.Utf8) {
                strings++;
                assertEquals(Map.of(LanceEncodingMetadata.COMPRESSION, "lz4"), after.getMetadata(), after.getName());
            } else {
                assertEquals(before, after, before.getName());
            }
        }
        assertEquals(5, strings, "lineitem's return flag, line status, ship instruct, ship mode, comment");
    }

    @Test
    void keepsOtherMetadataAndNamesEachSchemeAsLanceDoes() {
        Field text = new Field("t", new FieldType(true, ArrowType.Utf8.INSTANCE, null, Map.of("mine", "1")), null);
        Field number = new Field("n", FieldType.notNullable(new ArrowType.Int(32, true)), null);
        Schema schema = new Schema(List.of(text, number), Map.of("table", "x"));
        for (StringCompression scheme : new StringCompression[] {StringCompression.NONE, StringCompression.LZ4,
                StringCompression.ZSTD}) {
            Schema annotated = LanceEncodingMetadata.annotate(schema, scheme);
            assertEquals(Map.of("mine", "1", LanceEncodingMetadata.COMPRESSION, scheme.metadataValue().get()),
                    annotated.getFields().get(0).getMetadata());
            assertEquals(number, annotated.getFields().get(1));
            assertEquals(Map.of("table", "x"), annotated.getCustomMetadata());
        }
        assertEquals(List.of("none", "lz4", "zstd"), List.of(StringCompression.NONE.metadataValue().get(),
                StringCompression.LZ4.metadataValue().get(), StringCompression.ZSTD.metadataValue().get()));
        assertNull(StringCompression.DEFAULT.metadataValue().orElse(null));
    }
}
