package dev.tpchbench.tpch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Arrow schemas of the TPC-H tables, typed as other TPC-H Arrow producers type them: keys Int64,
 * other integers Int32, money and quantities Decimal128(15,2), dates Date32, flags and text Utf8.
 *
 * <p>Fields are nullable although TPC-H has no nulls: Parquet and Lance readers commonly return
 * nullable fields, and a nullable source schema keeps the written and read-back schemas identical.
 */
public final class TpchSchemas {
    private static final ArrowType KEY = new ArrowType.Int(64, true);
    private static final ArrowType INTEGER = new ArrowType.Int(32, true);
    private static final ArrowType DECIMAL = new ArrowType.Decimal(15, 2, 128);
    private static final ArrowType DATE = new ArrowType.Date(DateUnit.DAY);
    private static final ArrowType TEXT = ArrowType.Utf8.INSTANCE;

    private static final Map<TpchTable, Schema> SCHEMAS = new EnumMap<>(TpchTable.class);

    static {
        SCHEMAS.put(TpchTable.CUSTOMER, schema(
                "c_custkey", KEY, "c_name", TEXT, "c_address", TEXT, "c_nationkey", KEY, "c_phone", TEXT,
                "c_acctbal", DECIMAL, "c_mktsegment", TEXT, "c_comment", TEXT));
        SCHEMAS.put(TpchTable.ORDERS, schema(
                "o_orderkey", KEY, "o_custkey", KEY, "o_orderstatus", TEXT, "o_totalprice", DECIMAL,
                "o_orderdate", DATE, "o_orderpriority", TEXT, "o_clerk", TEXT, "o_shippriority", INTEGER,
                "o_comment", TEXT));
        SCHEMAS.put(TpchTable.LINEITEM, schema(
                "l_orderkey", KEY, "l_partkey", KEY, "l_suppkey", KEY, "l_linenumber", INTEGER,
                "l_quantity", DECIMAL, "l_extendedprice", DECIMAL, "l_discount", DECIMAL, "l_tax", DECIMAL,
                "l_returnflag", TEXT, "l_linestatus", TEXT, "l_shipdate", DATE, "l_commitdate", DATE,
                "l_receiptdate", DATE, "l_shipinstruct", TEXT, "l_shipmode", TEXT, "l_comment", TEXT));
        SCHEMAS.put(TpchTable.PART, schema(
                "p_partkey", KEY, "p_name", TEXT, "p_mfgr", TEXT, "p_brand", TEXT, "p_type", TEXT,
                "p_size", INTEGER, "p_container", TEXT, "p_retailprice", DECIMAL, "p_comment", TEXT));
        SCHEMAS.put(TpchTable.PARTSUPP, schema(
                "ps_partkey", KEY, "ps_suppkey", KEY, "ps_availqty", INTEGER, "ps_supplycost", DECIMAL,
                "ps_comment", TEXT));
        SCHEMAS.put(TpchTable.SUPPLIER, schema(
                "s_suppkey", KEY, "s_name", TEXT, "s_address", TEXT, "s_nationkey", KEY, "s_phone", TEXT,
                "s_acctbal", DECIMAL, "s_comment", TEXT));
        SCHEMAS.put(TpchTable.NATION, schema(
                "n_nationkey", KEY, "n_name", TEXT, "n_regionkey", KEY, "n_comment", TEXT));
        SCHEMAS.put(TpchTable.REGION, schema(
                "r_regionkey", KEY, "r_name", TEXT, "r_comment", TEXT));
    }

    private TpchSchemas() {
    }

    public static Schema schema(TpchTable table) {
        return SCHEMAS.get(Objects.requireNonNull(table, "table"));
    }

    /** A schema from alternating column names and types. */
    private static Schema schema(Object... namesAndTypes) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.add(new Field((String) namesAndTypes[i], FieldType.nullable((ArrowType) namesAndTypes[i + 1]), null));
        }
        return new Schema(fields);
    }
}
