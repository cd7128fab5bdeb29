package dev.tpchbench.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openjdk.jmh.profile.AsyncProfiler;

/**
 * Chooses async-profiler's event: {@code cpu} (perf events) where the kernel allows them, else
 * {@code itimer}, which needs no permission (a VM or container often forbids perf events).
 * Asks async-profiler itself ({@code check}), in this JVM, as JMH's own start of the profiler does.
 */
final class PerfEventCheck {
    static final Path PARANOID = Path.of("/proc/sys/kernel/perf_event_paranoid");

    /** The event, and why it was chosen, for the summary. */
    record Choice(String event, String reason) {
    }

    private PerfEventCheck() {
    }

    static Choice choose(Path library) {
        String paranoid = paranoid();
        AsyncProfiler.JavaApi api;
        try {
            api = AsyncProfiler.JavaApi.getInstance(library.toString());
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalArgumentException("async-profiler's library " + library + " cannot be loaded: " + e);
        }
        // cpu-clock goes to perf events only; "check,event=cpu" would also pass through a timer fallback.
        String perf = check(api, "cpu-clock");
        if (perf.isEmpty()) {
            return new Choice("cpu", "event cpu: perf events allowed (perf_event_paranoid " + paranoid + ")");
        }
        if (check(api, "itimer").isEmpty()) {
            return new Choice("itimer", "event itimer: perf events not allowed here (" + perf
                    + ", perf_event_paranoid " + paranoid + ")");
        }
        return new Choice("wall", "event wall: neither perf events (" + perf + ") nor itimer work here");
    }

    /** Empty if async-profiler can sample {@code event} here, else its reason. */
    private static String check(AsyncProfiler.JavaApi api, String event) {
        try {
            api.execute("check,event=" + event);
            return "";
        } catch (IOException | RuntimeException e) {
            return e.getMessage() == null ? e.toString() : e.getMessage().strip();
        }
    }

    private static String paranoid() {
        try {
            return Files.readString(PARANOID, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
