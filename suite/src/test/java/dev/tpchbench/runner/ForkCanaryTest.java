package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tpchbench.measure.Canary;
import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.CanaryReadings;
import dev.tpchbench.results.RunReader;

/** Fork windows from JMH's iteration events, and the canary's samples put to them. */
class ForkCanaryTest {
    private static final BenchmarkId ORDERS = new BenchmarkId("dev.tpchbench.bench.X.write", Map.of("table", "orders"));
    private static final BenchmarkId LINEITEM = new BenchmarkId("dev.tpchbench.bench.X.write", Map.of("table", "lineitem"));

    private final AtomicLong clock = new AtomicLong();
    private final ForkWindows windows = new ForkWindows(OutputFormatFactory.createFormatInstance(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), VerboseMode.SILENT), clock::get);

    /** One fork: {@code warmups} warm-up iterations, then {@code measured} measured ones, each 10 ticks long. */
    private void fork(BenchmarkId id, int warmups, int measured, int measuredToEnd) {
        for (int i = 1; i <= warmups; i++) {
            windows.started(IterationType.WARMUP, i);
            clock.addAndGet(10);
            windows.ended(id, IterationType.WARMUP, i, warmups);
        }
        for (int i = 1; i <= measuredToEnd; i++) {
            windows.started(IterationType.MEASUREMENT, i);
            clock.addAndGet(10);
            windows.ended(id, IterationType.MEASUREMENT, i, measured);
        }
    }

    @Test
    void aForksWindowIsItsMeasuredIterationsOnly() {
        fork(ORDERS, 2, 3, 3);
        fork(ORDERS, 2, 3, 3);
        fork(LINEITEM, 0, 2, 2);

        Map<BenchmarkId, List<ForkWindows.Window>> found = windows.windows();
        assertEquals(List.of(new ForkWindows.Window(20, 50), new ForkWindows.Window(70, 100)), found.get(ORDERS));
        assertEquals(List.of(new ForkWindows.Window(100, 120)), found.get(LINEITEM));
    }

    @Test
    void aForkThatDiedBeforeItsLastIterationLeavesNoWindow() {
        fork(ORDERS, 1, 3, 2);
        fork(ORDERS, 1, 3, 3);

        assertEquals(List.of(new ForkWindows.Window(40, 70)), windows.windows().get(ORDERS));
    }

    @Test
    void eachForkGetsTheMedianOfTheSamplesThatStartedInItsWindow() {
        List<Canary.Sample> samples = List.of(new Canary.Sample(5, 9.0), new Canary.Sample(20, 5.0),
                new Canary.Sample(30, 7.0), new Canary.Sample(50, 6.0), new Canary.Sample(60, 100.0),
                new Canary.Sample(75, 4.0));
        CanaryReadings readings = ForkCanary.readings(List.of(new ForkWindows.Window(20, 50),
                new ForkWindows.Window(70, 100), new ForkWindows.Window(110, 120)), samples);

        assertEquals(Canary.WORK, readings.work());
        assertArrayEquals(new double[]{6.0, 4.0, Double.NaN}, readings.cpuMillis());
        assertArrayEquals(new int[]{3, 1, 0}, readings.samples());
    }

    @Test
    void attachesReadingsOnlyWhereEveryForkHasAWindow() throws Exception {
        JsonNode results = new ObjectMapper().readTree(("["
                + "{'benchmark': 'dev.tpchbench.bench.X.write', 'params': {'table': 'orders'},"
                + " 'primaryMetric': {'rawData': [[1.0], [2.0]]}},"
                + "{'benchmark': 'dev.tpchbench.bench.X.write', 'params': {'table': 'lineitem'},"
                + " 'primaryMetric': {'rawData': [[1.0], [2.0]]}}]").replace('\'', '"'));
        Map<BenchmarkId, List<ForkWindows.Window>> forks = Map.of(
                ORDERS, List.of(new ForkWindows.Window(0, 10), new ForkWindows.Window(20, 30)),
                LINEITEM, List.of(new ForkWindows.Window(40, 50)));

        int attached = ForkCanary.attach(results, forks, List.of(new Canary.Sample(5, 3.0), new Canary.Sample(25, 4.0)));

        assertEquals(1, attached);
        CanaryReadings orders = CanaryReadings.fromEntry(results.get(0), "test").orElseThrow();
        assertArrayEquals(new double[]{3.0, 4.0}, orders.cpuMillis());
        assertEquals(ORDERS, RunReader.id(results.get(0)));
        assertFalse(results.get(1).has(CanaryReadings.FIELD), "1 window for 2 forks: which fork it was is unknown");
    }

    @Test
    void theCanaryTimesItsWorkInTheBackground() throws InterruptedException {
        try (Canary canary = Canary.start()) {
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (canary.samples().size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            List<Canary.Sample> samples = canary.samples();
            assertTrue(samples.size() >= 2, "two samples within 20 s: " + samples);
            assertTrue(samples.get(1).startNanos() > samples.get(0).startNanos());
            assertTrue(samples.stream().allMatch(s -> s.cpuMillis() > 0), samples.toString());
        }
    }
}
