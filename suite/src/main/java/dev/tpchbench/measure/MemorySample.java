package dev.tpchbench.measure;

import java.util.Locale;

/**
 * Where a process's memory is after some number of writes, as one CSV line: the Java heap in use right
 * after a full GC, Arrow's allocations (those of the writes, which must be back to 0, and the source
 * table's), resident memory with its anonymous and file-backed parts, and what Native Memory Tracking
 * says the JVM committed. Resident minus NMT committed is memory the JVM does not know of: native
 * libraries' malloc (Lance's Rust code) and the C allocator's unreturned free space. Unknown is -1.
 */
public record MemorySample(long writes, double elapsedSeconds, long heapUsedAfterGcBytes, long arrowWriteBytes,
        long arrowSourceBytes, ProcessStatus process, long nmtCommittedBytes) {

    public static final String CSV_HEADER = "writes,elapsed_s,heap_used_after_gc_bytes,arrow_write_bytes,"
            + "arrow_source_bytes,rss_bytes,rss_anon_bytes,rss_file_bytes,nmt_committed_bytes,rss_minus_nmt_bytes,"
            + "threads,peak_rss_bytes";

    /** Resident bytes the JVM's own tracking does not account for, or -1 without NMT or /proc. */
    public long rssMinusNmtBytes() {
        return nmtCommittedBytes < 0 || process.rssBytes() < 0 ? -1 : process.rssBytes() - nmtCommittedBytes;
    }

    /** The line under {@link #CSV_HEADER}; numbers are plain digits whatever the default locale. */
    public String toCsv() {
        return String.format(Locale.ROOT, "%d,%.1f,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d", writes, elapsedSeconds,
                heapUsedAfterGcBytes, arrowWriteBytes, arrowSourceBytes, process.rssBytes(), process.rssAnonBytes(),
                process.rssFileBytes(), nmtCommittedBytes, rssMinusNmtBytes(), process.threads(),
                process.peakRssBytes());
    }
}
