package dev.tpchbench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class MemorySampleTest {
    private static final ProcessStatus PROCESS =
            new ProcessStatus(2_000_000_000L, 1_700_000_000L, 290_000_000L, 2_100_000_000L, 57);

    @Test
    void oneCsvLinePerSampleWithResidentMinusTrackedMemory() {
        MemorySample sample = new MemorySample(100, 12.345, 50_000_000L, 0, 8_000_000L, PROCESS, 1_300_000_000L);

        assertEquals(MemorySample.CSV_HEADER.split(",").length, sample.toCsv().split(",").length);
        assertEquals("100,12.3,50000000,0,8000000,2000000000,1700000000,290000000,1300000000,700000000,57,2100000000",
                sample.toCsv());
    }

    @Test
    void withoutNativeMemoryTrackingTheDifferenceIsUnknown() {
        MemorySample sample = new MemorySample(0, 0, 1, 0, 0, PROCESS, -1);

        assertEquals(-1, sample.rssMinusNmtBytes());
        assertEquals("0,0.0,1,0,0,2000000000,1700000000,290000000,-1,-1,57,2100000000", sample.toCsv());
    }

    @Test
    void theLineDoesNotFollowTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1,2.5,3,0,0,2000000000,1700000000,290000000,4,1999999996,57,2100000000",
                    new MemorySample(1, 2.5, 3, 0, 0, PROCESS, 4).toCsv());
        } finally {
            Locale.setDefault(before);
        }
    }
}
