package dev.tpchbench.tpch;

import io.trino.tpch.Customer;
import io.trino.tpch.LineItem;
import io.trino.tpch.Nation;
import io.trino.tpch.Order;
import io.trino.tpch.Part;
import io.trino.tpch.PartSupplier;
import io.trino.tpch.Region;
import io.trino.tpch.Supplier;
import io.trino.tpch.TpchEntity;

/**
 * Row writers for batches laid out as {@link TpchSchemas}, one per table.
 *
 * <p>Reads the entities' typed getters (cents, percents, epoch days) rather than the generic
 * {@code TpchColumn} accessors, which hand money out as doubles and dispatch per value, and were
 * measured several times slower.
 */
final class RowWriters {
    private RowWriters() {
    }

    /** A writer into {@code batch}, whose columns are those of {@code TpchSchemas.schema(table)}. */
    static RowWriter forBatch(TpchTable table, BatchBuilder batch) {
        switch (table) {
            case CUSTOMER:
                return customer(batch);
            case ORDERS:
                return orders(batch);
            case LINEITEM:
                return lineItem(batch);
            case PART:
                return part(batch);
            case PARTSUPP:
                return partSupp(batch);
            case SUPPLIER:
                return supplier(batch);
            case NATION:
                return nation(batch);
            case REGION:
                return region(batch);
            default:
                throw new IllegalArgumentException("no row writer for " + table);
        }
    }

    private static RowWriter customer(BatchBuilder b) {
        FixedWidthColumn custKey = b.fixedWidth(0);
        TextColumn name = b.text(1);
        TextColumn address = b.text(2);
        FixedWidthColumn nationKey = b.fixedWidth(3);
        TextColumn phone = b.text(4);
        FixedWidthColumn acctBal = b.fixedWidth(5);
        TextColumn mktSegment = b.text(6);
        TextColumn comment = b.text(7);
        return (entity, row) -> {
            Customer e = (Customer) entity;
            custKey.setLong(row, e.getCustomerKey());
            name.set(row, e.getName());
            address.set(row, e.getAddress());
            nationKey.setLong(row, e.getNationKey());
            phone.set(row, e.getPhone());
            acctBal.setDecimal(row, e.getAccountBalanceInCents());
            mktSegment.set(row, e.getMarketSegment());
            comment.set(row, e.getComment());
        };
    }

    private static RowWriter orders(BatchBuilder b) {
        FixedWidthColumn orderKey = b.fixedWidth(0);
        FixedWidthColumn custKey = b.fixedWidth(1);
        TextColumn orderStatus = b.text(2);
        FixedWidthColumn totalPrice = b.fixedWidth(3);
        FixedWidthColumn orderDate = b.fixedWidth(4);
        TextColumn orderPriority = b.text(5);
        TextColumn clerk = b.text(6);
        FixedWidthColumn shipPriority = b.fixedWidth(7);
        TextColumn comment = b.text(8);
        return (entity, row) -> {
            Order e = (Order) entity;
            orderKey.setLong(row, e.getOrderKey());
            custKey.setLong(row, e.getCustomerKey());
            orderStatus.set(row, e.getOrderStatus());
            totalPrice.setDecimal(row, e.getTotalPriceInCents());
            orderDate.setInt(row, e.getOrderDate());
            orderPriority.set(row, e.getOrderPriority());
            clerk.set(row, e.getClerk());
            shipPriority.setInt(row, e.getShipPriority());
            comment.set(row, e.getComment());
        };
    }

    private static RowWriter lineItem(BatchBuilder b) {
        FixedWidthColumn orderKey = b.fixedWidth(0);
        FixedWidthColumn partKey = b.fixedWidth(1);
        FixedWidthColumn suppKey = b.fixedWidth(2);
        FixedWidthColumn lineNumber = b.fixedWidth(3);
        FixedWidthColumn quantity = b.fixedWidth(4);
        FixedWidthColumn extendedPrice = b.fixedWidth(5);
        FixedWidthColumn discount = b.fixedWidth(6);
        FixedWidthColumn tax = b.fixedWidth(7);
        TextColumn returnFlag = b.text(8);
        TextColumn lineStatus = b.text(9);
        FixedWidthColumn shipDate = b.fixedWidth(10);
        FixedWidthColumn commitDate = b.fixedWidth(11);
        FixedWidthColumn receiptDate = b.fixedWidth(12);
        TextColumn shipInstruct = b.text(13);
        TextColumn shipMode = b.text(14);
        TextColumn comment = b.text(15);
        return (entity, row) -> {
            LineItem e = (LineItem) entity;
            orderKey.setLong(row, e.getOrderKey());
            partKey.setLong(row, e.getPartKey());
            suppKey.setLong(row, e.getSupplierKey());
            lineNumber.setInt(row, e.getLineNumber());
            quantity.setDecimal(row, e.getQuantity() * 100); // whole units, stored with scale 2
            extendedPrice.setDecimal(row, e.getExtendedPriceInCents());
            discount.setDecimal(row, e.getDiscountPercent()); // a percent is a fraction with scale 2
            tax.setDecimal(row, e.getTaxPercent());
            returnFlag.set(row, e.getReturnFlag());
            lineStatus.set(row, e.getStatus());
            shipDate.setInt(row, e.getShipDate());
            commitDate.setInt(row, e.getCommitDate());
            receiptDate.setInt(row, e.getReceiptDate());
            shipInstruct.set(row, e.getShipInstructions());
            shipMode.set(row, e.getShipMode());
            comment.set(row, e.getComment());
        };
    }

    private static RowWriter part(BatchBuilder b) {
        FixedWidthColumn partKey = b.fixedWidth(0);
        TextColumn name = b.text(1);
        TextColumn mfgr = b.text(2);
        TextColumn brand = b.text(3);
        TextColumn type = b.text(4);
        FixedWidthColumn size = b.fixedWidth(5);
        TextColumn container = b.text(6);
        FixedWidthColumn retailPrice = b.fixedWidth(7);
        TextColumn comment = b.text(8);
        return (entity, row) -> {
            Part e = (Part) entity;
            partKey.setLong(row, e.getPartKey());
            name.set(row, e.getName());
            mfgr.set(row, e.getManufacturer());
            brand.set(row, e.getBrand());
            type.set(row, e.getType());
            size.setInt(row, e.getSize());
            container.set(row, e.getContainer());
            retailPrice.setDecimal(row, e.getRetailPriceInCents());
            comment.set(row, e.getComment());
        };
    }

    private static RowWriter partSupp(BatchBuilder b) {
        FixedWidthColumn partKey = b.fixedWidth(0);
        FixedWidthColumn suppKey = b.fixedWidth(1);
        FixedWidthColumn availQty = b.fixedWidth(2);
        FixedWidthColumn supplyCost = b.fixedWidth(3);
        TextColumn comment = b.text(4);
        return (entity, row) -> {
            PartSupplier e = (PartSupplier) entity;
            partKey.setLong(row, e.getPartKey());
            suppKey.setLong(row, e.getSupplierKey());
            availQty.setInt(row, e.getAvailableQuantity());
            supplyCost.setDecimal(row, e.getSupplyCostInCents());
            comment.set(row, e.getComment());
        };
    }

    private static RowWriter supplier(BatchBuilder b) {
        FixedWidthColumn suppKey = b.fixedWidth(0);
        TextColumn name = b.text(1);
        TextColumn address = b.text(2);
        FixedWidthColumn nationKey = b.fixedWidth(3);
        TextColumn phone = b.text(4);
        FixedWidthColumn acctBal = b.fixedWidth(5);
        TextColumn comment = b.text(6);
        return (entity, row) -> {
            Supplier e = (Supplier) entity;
            suppKey.setLong(row, e.getSupplierKey());
            name.set(row, e.getName());
            address.set(row, e.getAddress());
            nationKey.setLong(row, e.getNationKey());
            phone.set(row, e.getPhone());
            acctBal.setDecimal(row, e.getAccountBalanceInCents());
            comment.set(row, e.getComment());
        };
    }

    private static RowWriter nation(BatchBuilder b) {
        FixedWidthColumn nationKey = b.fixedWidth(0);
        TextColumn name = b.text(1);
        FixedWidthColumn regionKey = b.fixedWidth(2);
        TextColumn comment = b.text(3);
        return (entity, row) -> {
            Nation e = (Nation) entity;
            nationKey.setLong(row, e.getNationKey());
            name.set(row, e.getName());
            regionKey.setLong(row, e.getRegionKey());
            comment.set(row, e.getComment());
        };
    }

    private static RowWriter region(BatchBuilder b) {
        FixedWidthColumn regionKey = b.fixedWidth(0);
        TextColumn name = b.text(1);
        TextColumn comment = b.text(2);
        return (entity, row) -> {
            Region e = (Region) entity;
            regionKey.setLong(row, e.getRegionKey());
            name.set(row, e.getName());
            comment.set(row, e.getComment());
        };
    }
}
