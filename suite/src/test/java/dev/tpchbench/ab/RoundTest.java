package dev.tpchbench.ab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoundTest {
    @Test
    void alternatesABThenBA() {
        assertEquals("ABBA", Round.letters(Round.schedule(2)));
        assertEquals("ABBAAB", Round.letters(Round.schedule(3)));
        assertEquals("ABBAABBA", Round.letters(Round.schedule(4)));
    }

    @Test
    void eachRoundRunsBothSidesOnce() {
        List<Round> schedule = Round.schedule(3);
        assertEquals(List.of(new Round(1, Side.BASELINE), new Round(1, Side.CANDIDATE),
                new Round(2, Side.CANDIDATE), new Round(2, Side.BASELINE),
                new Round(3, Side.BASELINE), new Round(3, Side.CANDIDATE)), schedule);
    }

    @Test
    void refusesNoRounds() {
        assertThrows(IllegalArgumentException.class, () -> Round.schedule(0));
    }
}
