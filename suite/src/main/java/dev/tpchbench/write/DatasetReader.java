package dev.tpchbench.write;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.arrow.memory.BufferAllocator;

import dev.tpchbench.digest.TableDigest;

/** Reads a written output back in full, batch by batch, into the digest the integrity gate compares. */
public interface DatasetReader {

    /**
     * The digest of every row in {@code target}, in row order, with the column names and types as read
     * back (so a type the format changed shows up as a difference). Fails if {@code target} does not hold
     * this reader's format, rather than reporting an empty table.
     */
    TableDigest digest(Path target, BufferAllocator allocator) throws IOException;
}
