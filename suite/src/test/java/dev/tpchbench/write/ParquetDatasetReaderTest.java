package dev.tpchbench.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;

/** The Parquet read-back in column groups read side by side: the same digest as one scan, files in order. */
class ParquetDatasetReaderTest {
    private final BufferAllocator allocator = new RootAllocator();

    @TempDir
    Path dir;

    @AfterEach
    void allocatorIsEmpty() {
        allocator.close(); // throws if any buffer leaked
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8})
    void everyNumberOfGroupsGivesTheSourceDigest(int groups) throws IOException {
        Path target = dir.resolve("t");
        try (ArrowTable table = TestTables.withNulls(allocator, 4_000, 1_000, 7)) {
            new ParquetHadoopWriter(ParquetCodec.SNAPPY).write(table, target);
            TestTables.assertSameContent(table, new ParquetDatasetReader(groups).digest(target, allocator));
        }
    }

    @Test
    void filesAreReadInNameOrderWithRowPositionsCarriedAcross() throws IOException {
        try (ArrowTable first = TestTables.lineitemLike(allocator, 3_000, 1_000);
             ArrowTable second = TestTables.lineitemLike(allocator, 2_000, 500)) {
            Path target = twoFiles(first, second);
            List<VectorSchemaRoot> both = new ArrayList<>(first.batches());
            both.addAll(second.batches());
            TableDigest inOrder = TableDigest.of(first.schema(), both);

            assertEquals(inOrder, new ParquetDatasetReader(2).digest(target, allocator));
            assertEquals(inOrder, new ParquetDatasetReader(1).digest(target, allocator));
            List<VectorSchemaRoot> swapped = new ArrayList<>(second.batches());
            swapped.addAll(first.batches());
            assertNotEquals(TableDigest.of(first.schema(), swapped), new ParquetDatasetReader(2).digest(target, allocator));
        }
    }

    @Test
    void aFileWithAnotherSchemaIsAnError() throws IOException {
        try (ArrowTable first = TestTables.lineitemLike(allocator, 100, 100);
             ArrowTable nullable = TestTables.withNulls(allocator, 100, 100, 5)) {
            Path target = twoFiles(first, nullable);
            IOException e = assertThrows(IOException.class, () -> new ParquetDatasetReader(2).digest(target, allocator));
            assertTrue(e.getMessage().contains("part-1.parquet has schema"), e.getMessage());
        }
    }

    @Test
    void aFileThatIsNotParquetIsAnError() throws IOException {
        Path target = Files.createDirectories(dir.resolve("garbage"));
        Files.writeString(target.resolve("part-0.parquet"), "not a Parquet file");
        IOException e = assertThrows(IOException.class, () -> new ParquetDatasetReader(2).digest(target, allocator));
        assertTrue(e.getMessage().contains("part-0.parquet"), e.getMessage());
    }

    @Test
    void columnsAreDealtRoundRobinIntoAtMostOneGroupPerColumn() {
        assertEquals(List.of(List.of("a", "c", "e"), List.of("b", "d")), ParquetDatasetReader.split(List.of("a", "b", "c", "d", "e"), 2));
        assertEquals(List.of(List.of("a"), List.of("b")), ParquetDatasetReader.split(List.of("a", "b"), 4));
        assertEquals(List.of(List.of("a", "b")), ParquetDatasetReader.split(List.of("a", "b"), 1));
        assertEquals(List.of(List.of()), ParquetDatasetReader.split(List.of(), 2));
        // a repeated name cannot be projected: one scan of everything
        assertEquals(List.of(List.of("a", "b", "a")), ParquetDatasetReader.split(List.of("a", "b", "a"), 2));
        assertThrows(IllegalArgumentException.class, () -> new ParquetDatasetReader(0));
    }

    /** {@code first} as part-0.parquet and {@code second} as part-1.parquet of one folder. */
    private Path twoFiles(ArrowTable first, ArrowTable second) throws IOException {
        Path target = dir.resolve("two");
        Path aside = dir.resolve("aside");
        new ParquetHadoopWriter(ParquetCodec.UNCOMPRESSED).write(first, target);
        new ParquetHadoopWriter(ParquetCodec.UNCOMPRESSED).write(second, aside);
        Files.move(aside.resolve(ParquetHadoopWriter.FILE_NAME), target.resolve("part-1.parquet"));
        return target;
    }
}
