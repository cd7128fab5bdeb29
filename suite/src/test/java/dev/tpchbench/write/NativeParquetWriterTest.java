package dev.tpchbench.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tpchbench.data.ArrowTable;

class NativeParquetWriterTest {
    private final BufferAllocator allocator = new RootAllocator();
    private final ParquetDatasetReader reader = new ParquetDatasetReader();

    @TempDir
    Path dir;

    @AfterEach
    void allocatorIsEmpty() {
        allocator.close(); // throws if any buffer leaked
    }

    @Test
    void roundTripsAMultiBatchTableInOneUncompressedFile() throws IOException {
        Path target = dir.resolve("lineitem");
        try (ArrowTable table = TestTables.lineitemLike(allocator, 5_000, 1_024)) {
            WriteResult result = new NativeParquetWriter(allocator).write(table, target);

            assertEquals(5_000, result.rowsWritten());
            assertEquals(List.of(target.resolve("part-0.parquet")), ParquetDatasetReader.parquetFiles(target));
            TestTables.assertSameContent(table, reader.digest(target, allocator));
            // describe() claims UNCOMPRESSED because the Java API cannot choose: hold it to that.
            assertEquals(Set.of(CompressionCodecName.UNCOMPRESSED),
                    ParquetFooters.codecs(target.resolve("part-0.parquet")));
            assertTrue(new NativeParquetWriter(allocator).describe().contains("UNCOMPRESSED"));
        }
    }

    @Test
    void keepsNulls() throws IOException {
        Path target = dir.resolve("nulls");
        try (ArrowTable table = TestTables.withNulls(allocator, 3_000, 1_000, 5)) {
            new NativeParquetWriter(allocator).write(table, target);
            TestTables.assertSameContent(table, reader.digest(target, allocator));
        }
    }

    @Test
    void refusesAnEmptyTableBecauseArrowWouldWriteNoFile() throws IOException {
        Path target = dir.resolve("empty");
        for (ArrowTable table : List.of(TestTables.empty(), TestTables.oneEmptyBatch(allocator))) {
            try (table) {
                NativeParquetWriter writer = new NativeParquetWriter(allocator);
                assertThrows(IllegalArgumentException.class, () -> writer.write(table, target));
                assertTrue(Files.notExists(target));
            }
        }
    }

    @Test
    void refusesANonEmptyTarget() throws IOException {
        Path target = Files.createDirectories(dir.resolve("leftovers"));
        Files.writeString(target.resolve("part-0.parquet"), "from an earlier run");
        try (ArrowTable table = TestTables.lineitemLike(allocator, 10, 10)) {
            NativeParquetWriter writer = new NativeParquetWriter(allocator);
            IOException e = assertThrows(IOException.class, () -> writer.write(table, target));
            assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        }
    }
}
