package dev.tpchbench.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The process's peak resident memory over a stretch of time, from Linux's VmHWM, which counts
 * native (Lance, Arrow) memory as well as the Java heap. {@link #reset()} restarts the peak at the
 * current size (writing 5 to /proc/self/clear_refs). Elsewhere, or if the kernel refuses, the
 * values are -1: unknown, never a made-up number.
 */
public final class PeakRss {
    private static final Path CLEAR_REFS = Paths.get("/proc/self/clear_refs");

    private PeakRss() {
    }

    /** @return true if the peak was reset, so the next {@link #peakBytes()} covers only what follows */
    public static boolean reset() {
        try {
            Files.writeString(CLEAR_REFS, "5", StandardCharsets.US_ASCII);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Peak resident bytes since start or the last reset, or -1 if unknown. */
    public static long peakBytes() {
        return ProcessStatus.self().peakRssBytes();
    }
}
