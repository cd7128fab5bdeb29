package dev.tpchbench.tpch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class TpchTableTest {
    @Test
    void tableNamesAreTheSpecNamesInEnumOrder() {
        List<String> names = Arrays.stream(TpchTable.values()).map(TpchTable::tableName).collect(Collectors.toList());
        assertEquals(List.of("customer", "orders", "lineitem", "part", "partsupp", "supplier", "nation", "region"), names);
    }

    @Test
    void parseIgnoresCase() {
        assertEquals(TpchTable.LINEITEM, TpchTable.parse("lineitem"));
        assertEquals(TpchTable.LINEITEM, TpchTable.parse("LineItem"));
        assertEquals(TpchTable.PARTSUPP, TpchTable.parse("PARTSUPP"));
    }

    @Test
    void parseRejectsUnknownNamesAndListsTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TpchTable.parse("lineitems"));
        assertEquals("unknown table 'lineitems'; accepted: customer, orders, lineitem, part, partsupp, supplier, "
                + "nation, region", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TpchTable.parse(null));
        assertThrows(IllegalArgumentException.class, () -> TpchTable.parse("line_item"));
    }
}
