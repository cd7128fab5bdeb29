package dev.tpchbench.cdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImporterTest {
    @Test
    void parseAcceptsNamesIgnoringCaseAndDashes() {
        assertEquals(Importer.LIBRARY, Importer.parse("library"));
        assertEquals(Importer.HAND_WRITTEN, Importer.parse("hand-written"));
        assertEquals(Importer.ZERO_COPY, Importer.parse("zero-copy"));
        assertEquals(Importer.PHASE_1, Importer.parse(" PHASE_1 "));
    }

    @Test
    void parseRejectsUnknownNamesListingTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Importer.parse("ffi"));
        assertEquals("unknown importer 'ffi'; accepted: LIBRARY, HAND_WRITTEN, ZERO_COPY, PHASE_1, ONE_VALUE_CHANGED", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Importer.parse(null));
    }

    @ParameterizedTest
    @EnumSource(Importer.class)
    void createdImporterCarriesItsName(Importer importer) {
        assertEquals(importer.name(), importer.create().name());
        assertEquals(importer, Importer.parse(importer.create().name()));
    }

    @Test
    void onlyPhase1AndTheValueChangerAreNegativeControls() {
        assertTrue(Importer.PHASE_1.negativeControl());
        assertTrue(Importer.ONE_VALUE_CHANGED.negativeControl());
        assertFalse(Importer.ZERO_COPY.negativeControl());
        assertFalse(Importer.LIBRARY.negativeControl());
        assertFalse(Importer.HAND_WRITTEN.negativeControl());
    }
}
