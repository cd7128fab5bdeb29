package dev.tpchbench.tpch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import io.trino.tpch.TpchColumn;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

class TpchSchemasTest {
    private static final ArrowType INT64 = new ArrowType.Int(64, true);
    private static final ArrowType INT32 = new ArrowType.Int(32, true);
    private static final ArrowType DECIMAL_15_2 = new ArrowType.Decimal(15, 2, 128);
    private static final ArrowType DATE32 = new ArrowType.Date(DateUnit.DAY);
    private static final ArrowType UTF8 = ArrowType.Utf8.INSTANCE;

    @Test
    void lineitemHasTheSpecColumnsAndTypesInOrder() {
        Schema schema = TpchSchemas.schema(TpchTable.LINEITEM);
        assertEquals(List.of("l_orderkey", "l_partkey", "l_suppkey", "l_linenumber", "l_quantity", "l_extendedprice",
                "l_discount", "l_tax", "l_returnflag", "l_linestatus", "l_shipdate", "l_commitdate", "l_receiptdate",
                "l_shipinstruct", "l_shipmode", "l_comment"), names(schema));
        assertEquals(List.of(INT64, INT64, INT64, INT32, DECIMAL_15_2, DECIMAL_15_2, DECIMAL_15_2, DECIMAL_15_2,
                UTF8, UTF8, DATE32, DATE32, DATE32, UTF8, UTF8, UTF8), types(schema));
    }

    /** The generator's own column list is independent of ours: names, order and kinds must agree. */
    @Test
    void everyTableMatchesTheGeneratorsColumns() {
        for (TpchTable table : TpchTable.values()) {
            Schema schema = TpchSchemas.schema(table);
            List<? extends TpchColumn<?>> columns = table.generatorTable().getColumns();
            assertEquals(columns.stream().map(TpchColumn::getColumnName).collect(Collectors.toList()), names(schema),
                    table.tableName());
            for (int c = 0; c < columns.size(); c++) {
                assertEquals(expectedType(columns.get(c)), schema.getFields().get(c).getType(),
                        columns.get(c).getColumnName());
            }
        }
    }

    @Test
    void fieldsAreNullable() {
        for (TpchTable table : TpchTable.values()) {
            for (Field field : TpchSchemas.schema(table).getFields()) {
                assertTrue(field.isNullable(), field.getName());
            }
        }
    }

    private static ArrowType expectedType(TpchColumn<?> column) {
        switch (column.getType().getBase()) {
            case IDENTIFIER:
                return INT64;
            case INTEGER:
                return INT32;
            case DATE:
                return DATE32;
            case DOUBLE:
                return DECIMAL_15_2;
            case VARCHAR:
                return UTF8;
            default:
                throw new AssertionError(column.getType());
        }
    }

    private static List<String> names(Schema schema) {
        return schema.getFields().stream().map(Field::getName).collect(Collectors.toList());
    }

    private static List<ArrowType> types(Schema schema) {
        return schema.getFields().stream().map(Field::getType).collect(Collectors.toList());
    }
}
