package dev.tpchbench.memory;

import java.util.EnumMap;
import java.util.Map;

import dev.tpchbench.tpch.TpchRowCounts;
import dev.tpchbench.tpch.TpchTable;

/**
 * How many bytes of Arrow memory a whole TPC-H table takes as the suite generates it, estimated from
 * dbgen's row count and a measured size per row, so a path that would hold the table can be refused
 * before it runs out of memory.
 *
 * <p>The sizes are what the allocator charged (buffers rounded up as Arrow's allocator rounds them) for
 * {@code TpchArrowGenerator.generate(table, 0.01, 65_536, allocator)}; {@code ArrowTableSizeTest} measures
 * them again on every build and fails, with the new numbers, when they drift
 * ({@code mvn -o test -pl suite -Dtest=ArrowTableSizeTest}). At SF 0.01 most tables fit one batch whose
 * fixed-width buffers round up to a power of two, so the estimate errs on the large side. Lineitem
 * comes to 194 B/row (1.16 GB at SF 1, 11.6 GB at SF 10); FACTS.md's 2.07 GB at SF 1 predates the
 * exactly sized buffers of {@code BatchBuilder}.
 */
public final class ArrowTableSize {
    /** The scale factor the sizes below were measured at. */
    static final double MEASURED_SCALE_FACTOR = 0.01;

    /** Table → {rows, bytes charged by the allocator} at SF 0.01 in batches of 65,536 rows. */
    static final Map<TpchTable, long[]> MEASURED = measured();

    private ArrowTableSize() {
    }

    private static Map<TpchTable, long[]> measured() {
        Map<TpchTable, long[]> sizes = new EnumMap<>(TpchTable.class);
        sizes.put(TpchTable.CUSTOMER, new long[] {1_500, 385_024});
        sizes.put(TpchTable.ORDERS, new long[] {15_000, 2_375_680});
        sizes.put(TpchTable.LINEITEM, new long[] {60_175, 11_665_408});
        sizes.put(TpchTable.PART, new long[] {2_000, 393_216});
        sizes.put(TpchTable.PARTSUPP, new long[] {8_000, 1_441_792});
        sizes.put(TpchTable.SUPPLIER, new long[] {100, 22_528});
        sizes.put(TpchTable.NATION, new long[] {25, 3_088});
        sizes.put(TpchTable.REGION, new long[] {5, 710});
        return sizes;
    }

    /** Arrow bytes per row of {@code table}, as measured at SF 0.01. */
    public static double bytesPerRow(TpchTable table) {
        long[] measured = MEASURED.get(table);
        return (double) measured[1] / measured[0];
    }

    /** Estimated Arrow bytes of the whole table at {@code scaleFactor}: dbgen's rows x measured bytes per row. */
    public static long wholeTableBytes(TpchTable table, double scaleFactor) {
        return (long) Math.ceil(TpchRowCounts.expectedRows(table, scaleFactor) * bytesPerRow(table));
    }
}
