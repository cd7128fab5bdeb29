package dev.tpchbench.gate;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.arrow.memory.BufferAllocator;

import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.Numbers;
import dev.tpchbench.write.DatasetReader;
import dev.tpchbench.write.LanceDatasetReader;

/** Reads a written output back and puts it through the gate; returns the rows verified. */
public final class OutputCheck {
    private OutputCheck() {
    }

    /**
     * A Lance output: it must open as a Lance dataset, its recorded row count must equal the
     * source's, and a full scan must digest-equal the source (names, types, every value, in order).
     */
    public static long verifyLance(BenchmarkId id, Path target, TableDigest expected, BufferAllocator allocator) {
        LanceDatasetReader reader = new LanceDatasetReader();
        long counted;
        try {
            counted = reader.countRows(target, allocator);
        } catch (IOException | RuntimeException e) {
            throw IntegrityGate.reject(id, "not a Lance dataset: " + e.getMessage());
        }
        IntegrityGate.require(id, counted == expected.rowCount(), "rows: expected "
                + Numbers.grouped(expected.rowCount()) + ", actual " + Numbers.grouped(counted) + " (Lance countRows)");
        return verify(id, reader, target, expected, allocator);
    }

    /** Any output: read back in full with {@code reader}, digest-equal to the source. */
    public static long verify(BenchmarkId id, DatasetReader reader, Path target, TableDigest expected,
            BufferAllocator allocator) {
        TableDigest actual;
        try {
            actual = reader.digest(target, allocator);
        } catch (IOException | RuntimeException e) {
            throw IntegrityGate.reject(id, "output could not be read back: " + e.getMessage());
        }
        return IntegrityGate.verify(id, expected, actual);
    }
}
