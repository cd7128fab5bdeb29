package dev.tpchbench.cdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/** The negative control must reproduce Phase 1 exactly: right schema, no rows, no error, no leak. */
class Phase1ImporterTest {
    @Test
    void keepsTheSchemaDropsEveryRowAndLeaksNothing() {
        try (Allocators allocators = new Allocators()) {
            try (VectorSchemaRoot source = TestBatches.lineitemLike(allocators.producer, 100);
                    ExportedBatch exported = ExportedBatch.export(allocators.producer, source, true);
                    VectorSchemaRoot imported = Importer.PHASE_1.create()
                            .importBatch(exported.array(), exported.schema(), allocators.consumer)) {
                assertEquals(source.getSchema(), imported.getSchema());
                assertEquals(0, imported.getRowCount());
                assertFalse(exported.isArrayLive(), "the array was released");
                Optional<String> difference =
                        CDataRoundTripTest.digest(imported).differenceFrom(CDataRoundTripTest.digest(source));
                assertTrue(difference.orElse("").startsWith("rows: expected 100, actual 0"), difference.toString());
                CDataRoundTripTest.assertValid(imported);
            }
            allocators.assertNothingAllocated();
        }
    }
}
