package dev.tpchbench.write;

import java.io.IOException;
import java.nio.file.Path;

import dev.tpchbench.data.ArrowTable;

/** Writes an in-memory Arrow table to one output format; the unit that the write benchmarks time. */
public interface DatasetWriter {

    /** The format and every setting that changes the output, e.g. {@code lance(v2.1, maxRowsPerFile=...)}. */
    String describe();

    /**
     * Writes {@code table} to {@code target}, which must not exist or be an empty directory (leftovers
     * from an earlier run are refused, never overwritten or mixed in). Everything is committed and
     * closed when this returns.
     */
    WriteResult write(ArrowTable table, Path target) throws IOException;
}
