package dev.tpchbench.tpch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Objects;

import io.trino.tpch.CustomerGenerator;
import io.trino.tpch.GenerateUtils;
import io.trino.tpch.OrderGenerator;
import io.trino.tpch.PartGenerator;
import io.trino.tpch.RandomBoundedInt;
import io.trino.tpch.SupplierGenerator;

/**
 * How many rows dbgen (io.trino.tpch) produces for a table, computed without generating it, so that
 * row counts of benchmark output can be checked against an independent answer.
 */
public final class TpchRowCounts {
    // Fixed by the TPC-H specification; private in io.trino.tpch.
    private static final int SUPPLIERS_PER_PART = 4;
    private static final int NATIONS = 25;
    private static final int REGIONS = 5;

    private TpchRowCounts() {
    }

    public static long expectedRows(TpchTable table, double scaleFactor) {
        long rows = 0;
        for (long partRows : rowsPerPart(table, scaleFactor, 1)) {
            rows += partRows;
        }
        return rows;
    }

    /** Throws a message naming the bad value unless {@code scaleFactor} is finite and positive. */
    static void requireValidScaleFactor(double scaleFactor) {
        if (!(scaleFactor > 0) || Double.isInfinite(scaleFactor)) {
            throw new IllegalArgumentException("scale factor must be finite and > 0, got " + scaleFactor);
        }
    }

    /**
     * Rows that part 1..partCount of {@code createGenerator(scaleFactor, part, partCount)} yields,
     * in part order; their running sum gives each part's first row in the whole table.
     */
    static long[] rowsPerPart(TpchTable table, double scaleFactor, int partCount) {
        Objects.requireNonNull(table, "table");
        requireValidScaleFactor(scaleFactor);
        long[] rows = new long[partCount];
        for (int part = 1; part <= partCount; part++) {
            rows[part - 1] = linearRows(table, scaleFactor, part, partCount);
        }
        if (table == TpchTable.LINEITEM) {
            countLineItems(rows);
        }
        return rows;
    }

    /** Rows of one part for tables whose size is a formula; for lineitem, its orders. */
    private static long linearRows(TpchTable table, double scaleFactor, int part, int partCount) {
        switch (table) {
            case CUSTOMER:
                return GenerateUtils.calculateRowCount(CustomerGenerator.SCALE_BASE, scaleFactor, part, partCount);
            case ORDERS:
            case LINEITEM:
                return GenerateUtils.calculateRowCount(OrderGenerator.SCALE_BASE, scaleFactor, part, partCount);
            case PART:
                return GenerateUtils.calculateRowCount(PartGenerator.SCALE_BASE, scaleFactor, part, partCount);
            case PARTSUPP:
                return SUPPLIERS_PER_PART
                        * GenerateUtils.calculateRowCount(PartGenerator.SCALE_BASE, scaleFactor, part, partCount);
            case SUPPLIER:
                return GenerateUtils.calculateRowCount(SupplierGenerator.SCALE_BASE, scaleFactor, part, partCount);
            // io.trino.tpch yields nation and region only when asked for a single part.
            case NATION:
                return partCount == 1 ? NATIONS : 0;
            case REGION:
                return partCount == 1 ? REGIONS : 0;
            default:
                throw new IllegalArgumentException("no row count for " + table);
        }
    }

    /**
     * Replaces each part's order count by its line count. An order's line count (1 to 7) is drawn
     * from a seeded random stream with one value per order, so replaying that stream alone counts
     * lineitem exactly, without generating any line.
     */
    private static void countLineItems(long[] ordersPerPart) {
        RandomBoundedInt linesPerOrder = lineCountRandom();
        for (int part = 0; part < ordersPerPart.length; part++) {
            long lines = 0;
            for (long order = 0; order < ordersPerPart[part]; order++) {
                lines += linesPerOrder.nextValue();
                linesPerOrder.rowFinished();
            }
            ordersPerPart[part] = lines;
        }
    }

    /** The generator's own line-count random (package-private in io.trino.tpch), so seed and bounds match. */
    private static RandomBoundedInt lineCountRandom() {
        try {
            Method factory = OrderGenerator.class.getDeclaredMethod("createLineCountRandom");
            factory.setAccessible(true);
            return (RandomBoundedInt) factory.invoke(null);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot reach OrderGenerator.createLineCountRandom of io.trino.tpch", e);
        }
    }
}
