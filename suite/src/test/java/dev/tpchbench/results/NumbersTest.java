package dev.tpchbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs on a machine set to German (decimal comma, dot for thousands): the numbers must not follow it. */
class NumbersTest {
    private Locale savedDefault;
    private Locale savedFormat;

    @BeforeEach
    void germanMachine() {
        savedDefault = Locale.getDefault();
        savedFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.GERMANY);
        // Proves the setting took: the default locale now writes 1.500.
        assertEquals("1.500", String.format("%,d", 1500));
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(savedDefault);
        Locale.setDefault(Locale.Category.FORMAT, savedFormat);
    }

    @Test
    void groupsThousandsWithCommas() {
        assertEquals("1,500", Numbers.grouped(1500));
        assertEquals("-6,001,215", Numbers.grouped(-6_001_215L));
        assertEquals("0", Numbers.grouped(0));
    }

    @Test
    void decimalsUseAPoint() {
        assertEquals("1,234.6", Numbers.grouped(1234.56, 1));
        assertEquals("963,652", Numbers.grouped(963_651.7, 0));
        assertEquals("0.125", Numbers.fixed(0.1254, 3));
        assertEquals("1234.50", Numbers.fixed(1234.5, 2));
    }

    @Test
    void readableKeepsThreeSignificantDigitsWithoutExponent() {
        assertEquals("12,346", Numbers.readable(12_345.6));
        assertEquals("123.5", Numbers.readable(123.45));
        assertEquals("0.0", Numbers.readable(0));
        assertEquals("1.23", Numbers.readable(1.234));
        assertEquals("0.0123", Numbers.readable(0.012345));
        assertEquals("n/a", Numbers.readable(Double.NaN));
    }

    @Test
    void percentChangesCarryTheirSign() {
        assertEquals("+12.3%", Numbers.signedPercent(12.34));
        assertEquals("-4.0%", Numbers.signedPercent(-4));
    }
}
