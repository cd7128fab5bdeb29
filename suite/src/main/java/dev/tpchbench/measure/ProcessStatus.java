package dev.tpchbench.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Resident memory of a process as Linux's /proc/PID/status reports it: VmRSS and its split into
 * RssAnon (heap, malloc arenas, thread stacks: where a native leak shows) and RssFile (mapped files,
 * such as the 181 MB Lance library), plus VmHWM and the thread count. A field the kernel did not print
 * is -1: unknown, never a made-up number.
 */
public record ProcessStatus(long rssBytes, long rssAnonBytes, long rssFileBytes, long peakRssBytes, long threads) {
    private static final Path SELF = Paths.get("/proc/self/status");

    /** This process now, or every field -1 where /proc is missing (not Linux). */
    public static ProcessStatus self() {
        try {
            return parse(Files.readString(SELF, StandardCharsets.US_ASCII));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return parse("");
        }
    }

    /** Reads the text of a /proc/PID/status file. */
    public static ProcessStatus parse(String status) {
        return new ProcessStatus(kilobytes(status, "VmRSS"), kilobytes(status, "RssAnon"),
                kilobytes(status, "RssFile"), kilobytes(status, "VmHWM"), number(status, "Threads"));
    }

    /** The value of a "Name:   1234 kB" line in bytes, or -1. */
    private static long kilobytes(String status, String name) {
        String value = field(status, name);
        if (value == null) {
            return -1;
        }
        if (!value.endsWith(" kB")) {
            throw new IllegalArgumentException("/proc status field " + name + " is not in kB: '" + value + "'");
        }
        return Long.parseLong(value.substring(0, value.length() - 3).trim()) * 1024;
    }

    private static long number(String status, String name) {
        String value = field(status, name);
        return value == null ? -1 : Long.parseLong(value);
    }

    private static String field(String status, String name) {
        String prefix = name + ":";
        for (String line : status.split("\n")) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).trim();
            }
        }
        return null;
    }
}
