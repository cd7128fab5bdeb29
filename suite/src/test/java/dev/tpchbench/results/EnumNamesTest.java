package dev.tpchbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class EnumNamesTest {
    enum Step { PHASE_1, PHASE_1_5, SMALL }

    @Test
    void caseBlanksAndDashesOrDotsForUnderscoresDoNotMatter() {
        assertEquals(Step.PHASE_1_5, EnumNames.parse(Step.class, "step", " phase-1.5 "));
        assertEquals(Step.PHASE_1, EnumNames.parse(Step.class, "step", "Phase_1"));
    }

    @Test
    void theGivenNamesAreMatchedAndListed() {
        assertEquals(Step.SMALL, EnumNames.parse(Step.class, "step", "small!", s -> s.name().toLowerCase(Locale.ROOT) + "!"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EnumNames.parse(Step.class, "step", "big", s -> s.name().toLowerCase(Locale.ROOT)));
        assertEquals("unknown step 'big'; accepted: phase_1, phase_1_5, small", e.getMessage());
    }

    @Test
    void anUnknownOrMissingNameIsRefusedWithWhatIsAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EnumNames.parse(Step.class, "step", "PHASE_2"));
        assertEquals("unknown step 'PHASE_2'; accepted: PHASE_1, PHASE_1_5, SMALL", e.getMessage());
        assertEquals("unknown step 'null'; accepted: PHASE_1, PHASE_1_5, SMALL",
                assertThrows(IllegalArgumentException.class, () -> EnumNames.parse(Step.class, "step", null)).getMessage());
    }
}
