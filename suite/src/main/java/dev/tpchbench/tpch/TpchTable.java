package dev.tpchbench.tpch;

import dev.tpchbench.results.EnumNames;

/** The eight TPC-H tables, named as in the TPC-H specification. */
public enum TpchTable {
    CUSTOMER("customer", io.trino.tpch.TpchTable.CUSTOMER),
    ORDERS("orders", io.trino.tpch.TpchTable.ORDERS),
    LINEITEM("lineitem", io.trino.tpch.TpchTable.LINE_ITEM),
    PART("part", io.trino.tpch.TpchTable.PART),
    PARTSUPP("partsupp", io.trino.tpch.TpchTable.PART_SUPPLIER),
    SUPPLIER("supplier", io.trino.tpch.TpchTable.SUPPLIER),
    NATION("nation", io.trino.tpch.TpchTable.NATION),
    REGION("region", io.trino.tpch.TpchTable.REGION);

    private final String tableName;
    private final io.trino.tpch.TpchTable<?> generatorTable;

    TpchTable(String tableName, io.trino.tpch.TpchTable<?> generatorTable) {
        this.tableName = tableName;
        this.generatorTable = generatorTable;
    }

    /** The lower-case TPC-H name, e.g. {@code "lineitem"}. */
    public String tableName() {
        return tableName;
    }

    /** The io.trino.tpch table that generates this one's rows. */
    io.trino.tpch.TpchTable<?> generatorTable() {
        return generatorTable;
    }

    /** The table called {@code name}, ignoring case. */
    public static TpchTable parse(String name) {
        return EnumNames.parse(TpchTable.class, "table", name, TpchTable::tableName);
    }
}
