package dev.tpchbench.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

import dev.tpchbench.results.Numbers;

/**
 * Refuses to start a run whose scratch folder cannot hold it, before any benchmark time is spent.
 * The floor is a generous estimate, not a promise: a write can still run out of space, and then it
 * fails (no score) like any other failed write.
 */
final class ScratchRoom {
    /** Each fork extracts Lance's native library (about 181 MB) into its temp folder, plus JMH's files. */
    static final long FORK_BYTES = 256L << 20;
    /** Well above the on-disk bytes per row of the outputs measured (SF 1 lineitem: Lance about 70, Parquet+Snappy about 35). */
    static final long OUTPUT_BYTES_PER_ROW = 200;

    private ScratchRoom() {
    }

    /** @throws IllegalArgumentException naming the folder, the space needed and the knob to change it */
    static void check(Path scratchParent, PlannedRuns plan) throws IOException {
        Files.createDirectories(scratchParent);
        long largestRows = plan.expectedRows().isEmpty() ? 0 : Collections.max(plan.expectedRows().values());
        long needed = FORK_BYTES + largestRows * OUTPUT_BYTES_PER_ROW;
        long usable = Files.getFileStore(scratchParent).getUsableSpace();
        if (usable < needed) {
            throw new IllegalArgumentException("scratch folder " + scratchParent + " has "
                    + Numbers.grouped(usable >> 20) + " MiB free; this run needs at least " + Numbers.grouped(needed >> 20)
                    + " MiB (Lance's native library per fork, plus the largest planned output of "
                    + Numbers.grouped(largestRows) + " rows). Free some space or choose another folder with -Djmh.scratch=DIR");
        }
    }
}
