package dev.tpchbench.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.tpchbench.measure.TimedWindow.Anatomy;
import dev.tpchbench.measure.TimedWindow.ThreadKind;

class TimedWindowTest {
    @Test
    void readsTheThreeNumbersOfASchedstatFile() {
        assertArrayEquals(new long[] {417483, 63512, 2}, TimedWindow.parseSchedstat("417483 63512 2\n"));
        assertThrows(IllegalArgumentException.class, () -> TimedWindow.parseSchedstat("417483 63512"));
    }

    @Test
    void readsFaultsAndSystemTicksAfterANameWithSpacesAndParentheses() {
        String stat = "12139 (a) b (c) R 12095 12095 8801 0 -1 4194304 100 0 7 0 3 42 0 0 20 0 1 0 4043014\n";
        assertArrayEquals(new long[] {107, 42}, TimedWindow.parseStat(stat));
        assertThrows(IllegalArgumentException.class, () -> TimedWindow.parseStat("1 (x) R 2 3"));
    }

    @Test
    void touchingFreshNativeMemoryCountsPageFaults() {
        assumeTrue(Files.exists(Paths.get("/proc/thread-self/stat")), "Linux /proc");
        TimedWindow window = new TimedWindow();
        window.open();
        ByteBuffer touched = ByteBuffer.allocateDirect(64 << 20); // zeroed, so every page is touched
        Anatomy anatomy = window.close();
        assertTrue(touched.capacity() > 0 && anatomy.faults() >= 1, anatomy.toString());
        // System time comes in 10 ms ticks: at most one more than the CPU.
        assertTrue(anatomy.systemNanos() >= 0 && anatomy.systemNanos() <= anatomy.cpuNanos() + 1e7, anatomy.toString());
    }

    @Test
    void tellsThreadKindsByTheirLinuxNames() {
        assertEquals(ThreadKind.GC_AND_VM, ThreadKind.of("VM Thread"));
        assertEquals(ThreadKind.GC_AND_VM, ThreadKind.of("GC Thread#0"));
        assertEquals(ThreadKind.GC_AND_VM, ThreadKind.of("G1 Conc#0"));
        assertEquals(ThreadKind.JIT, ThreadKind.of("C2 CompilerThre"));
        assertEquals(ThreadKind.JIT, ThreadKind.of("C1 CompilerThre"));
        assertEquals(ThreadKind.OTHER, ThreadKind.of("tokio-runtime-w"));
        assertEquals(ThreadKind.OTHER, ThreadKind.of("VM Periodic Tas"));
    }

    @Test
    void refusesToCloseAWindowNeverOpened() {
        assertThrows(IllegalStateException.class, () -> new TimedWindow().close());
    }

    @Test
    void warmingUpLeavesTheWindowClosed() {
        TimedWindow window = new TimedWindow();
        window.warmUp();
        assertThrows(IllegalStateException.class, window::close);
        window.open();
        assertTrue(window.close().wallNanos() >= 0);
    }

    @Test
    void aSleepIsStoppedTimeNotCpuOrWait() throws InterruptedException {
        assumeTrue(Files.exists(Paths.get("/proc/thread-self/schedstat")), "Linux /proc");
        TimedWindow window = new TimedWindow();
        window.open();
        Thread.sleep(50);
        Anatomy anatomy = window.close();
        // Most of it stopped: a busy machine can add run delay at the sleep's end (and in close's own reads).
        assertTrue(anatomy.wallNanos() >= 50e6 && anatomy.stoppedNanos() >= 25e6, anatomy.toString());
        assertTrue(anatomy.cpuNanos() >= 0 && anatomy.cpuNanos() < 10e6 && anatomy.waitNanos() >= 0, anatomy.toString());
    }

    @Test
    void countsTheCpuOfAThreadStartedInsideTheWindow() throws InterruptedException {
        assumeTrue(Files.exists(Paths.get("/proc/thread-self/schedstat")), "Linux /proc");
        CountDownLatch spun = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicLong spinnerCpu = new AtomicLong();
        TimedWindow window = new TimedWindow();
        window.open();
        Thread spinner = new Thread(() -> {
            long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            double sink = 0;
            while (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start < 30_000_000L) {
                sink += Math.sqrt(sink + 1);
            }
            spinnerCpu.set(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
            spun.countDown();
            try {
                closed.await(); // alive until the window closes: an ended thread's CPU is gone from /proc
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "spinner");
        spinner.start();
        spun.await();
        Anatomy anatomy = window.close();
        closed.countDown();
        spinner.join();
        double other = anatomy.otherThreadsCpuNanos().get(ThreadKind.OTHER);
        // The spinner is parked when the window closes, so its schedstat is up to date.
        assertTrue(other >= spinnerCpu.get() - 1e6, other + " ns of other threads, the spinner alone " + spinnerCpu.get());
        assertTrue(anatomy.processCpuNanos() >= other + anatomy.cpuNanos() - 1e6, anatomy.toString());
    }
}
