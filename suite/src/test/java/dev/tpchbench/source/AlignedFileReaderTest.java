package dev.tpchbench.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tpchbench.digest.ExpectedDigestCache;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.tpch.TpchTable;

class AlignedFileReaderTest {
    private final BufferAllocator allocator = new RootAllocator();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        allocator.close(); // throws if any buffer leaked
    }

    @Test
    void arrowJavaLeavesBuffersOffSixteenBytesAndTheAlignedReaderCopiesThemWithTheSameContent() throws IOException {
        GeneratedTableFile.Prepared file = GeneratedTableFile.prepare(dir, TpchTable.LINEITEM, 0.01, 8192,
                new ExpectedDigestCache(dir.resolve("digests"), allocator), allocator);

        try (ArrowFileReader plain = new ArrowFileReader(FileChannel.open(file.file(), StandardOpenOption.READ), allocator)) {
            assertTrue(misaligned(plain) > 0, "Arrow Java's own reader: the reason the aligned one exists");
        }
        try (AlignedFileReader aligned = (AlignedFileReader) GeneratedTableFile.open(file.file(), allocator)) {
            assertEquals(0, misaligned(aligned));
            assertTrue(aligned.bytesRealigned() > 0);
        }
        try (ArrowReader aligned = GeneratedTableFile.open(file.file(), allocator)) {
            assertEquals(file.expected(), TableDigest.of(aligned));
        }
    }

    /** Buffers, over all batches, not on a 16-byte address. */
    private static int misaligned(ArrowReader reader) throws IOException {
        int count = 0;
        while (reader.loadNextBatch()) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            for (FieldVector vector : root.getFieldVectors()) {
                for (ArrowBuf buffer : vector.getFieldBuffers()) {
                    count += buffer.memoryAddress() % AlignedFileReader.ALIGNMENT == 0 ? 0 : 1;
                }
            }
        }
        return count;
    }
}
