package dev.tpchbench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class NativeMemorySummaryTest {

    @Test
    void readsTheTotalAndCategoriesOfJcmdsSummaryInKilobytes() throws IOException {
        NativeMemorySummary summary = NativeMemorySummary.parse(
                ProcessStatusTest.resource("/measure/nmt-summary-jcmd-jdk17.txt")).orElseThrow();

        // "Total: reserved=2602340KB, committed=1223944KB"
        assertEquals(1223944 * 1024L, summary.committedBytes());
        // "-                 Java Heap (reserved=1048576KB, committed=1048576KB)"
        assertEquals(OptionalLong.of(1048576 * 1024L), summary.committedBytes("Java Heap"));
        // "-                    Thread (reserved=41016KB, committed=1972KB)"
        assertEquals(OptionalLong.of(1972 * 1024L), summary.committedBytes("Thread"));
        assertEquals(OptionalLong.of(32778 * 1024L), summary.committedBytes("Other"));
        assertEquals(OptionalLong.empty(), summary.committedBytes("Lance"));
        assertEquals("Java Heap", summary.committedByCategory().keySet().iterator().next());
    }

    @Test
    void readsPrintNmtStatisticsWhichPrintsBytesWithoutAUnit() throws IOException {
        NativeMemorySummary summary = NativeMemorySummary.parse(
                ProcessStatusTest.resource("/measure/nmt-summary-printnmtstatistics-jdk17.txt")).orElseThrow();

        // "Total: reserved=1534713383, committed=130575911"
        assertEquals(130575911L, summary.committedBytes());
        assertEquals(OptionalLong.of(67108864L), summary.committedBytes("Java Heap"));
        assertEquals(OptionalLong.of(67904L), summary.committedBytes("Native Memory Tracking"));
    }

    @Test
    void withoutTrackingThereIsNoSummary() {
        assertEquals(Optional.empty(), NativeMemorySummary.parse("Native memory tracking is not enabled\n"));
    }

    @Test
    void thisJvmIsReadInProcessExactlyWhenItTracks() {
        boolean tracking = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.startsWith("-XX:NativeMemoryTracking=") && !a.endsWith("=off"));
        Optional<NativeMemorySummary> current = NativeMemorySummary.current();

        assertEquals(tracking, current.isPresent());
        current.ifPresent(s -> assertTrue(s.committedBytes() >= s.committedBytes("Java Heap").orElseThrow()));
    }
}
