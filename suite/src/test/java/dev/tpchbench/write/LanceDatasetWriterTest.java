package dev.tpchbench.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lance.Dataset;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.ExpectedDigestCache;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.tpch.TpchBatchStream;
import dev.tpchbench.tpch.TpchTable;

class LanceDatasetWriterTest {
    private final BufferAllocator allocator = new RootAllocator();
    private final LanceDatasetReader reader = new LanceDatasetReader();

    @TempDir
    Path dir;

    @AfterEach
    void allocatorIsEmpty() {
        allocator.close(); // throws if any buffer leaked
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.0", "2.1"})
    void roundTripsAMultiBatchTableInWriteOrder(String storageVersion) throws IOException {
        // Small files force several fragments, so the scan order across fragments is checked too.
        LanceWriteSettings settings = LanceWriteSettings.DEFAULTS.withStorageVersion(storageVersion)
                .withMaxRowsPerFile(1_500);
        Path target = dir.resolve("lineitem.lance");
        try (ArrowTable table = TestTables.lineitemLike(allocator, 5_000, 1_024)) {
            WriteResult result = new LanceDatasetWriter(settings, allocator).write(table, target);

            assertEquals(target, result.target());
            assertEquals(5_000, result.rowsWritten());
            assertEquals(5_000, reader.countRows(target, allocator));
            assertEquals(names(table.schema()), names(reader.schema(target, allocator)));
            TestTables.assertSameContent(table, reader.digest(target, allocator));
            assertEquals(4, fileCount(target.resolve("data")), "5,000 rows at 1,500 per file");
            assertEquals(storageVersion, fileFormatVersion(target));
        }
    }

    /** The path to tables larger than memory: batches generated as Lance pulls them, never held whole. */
    @Test
    void writesAGeneratedStreamThatReadsBackAsTheExpectedDigest() throws IOException {
        Path target = dir.resolve("lineitem-stream.lance");
        TableDigest expected = ExpectedDigestCache.fromGenerator(TpchTable.LINEITEM, 0.01, allocator);
        WriteResult result = new LanceDatasetWriter(LanceWriteSettings.DEFAULTS, allocator)
                .write(TpchBatchStream.open(TpchTable.LINEITEM, 0.01, 4001, allocator).asReader(), target);

        assertEquals(60_175, result.rowsWritten());
        assertEquals(60_175, reader.countRows(target, allocator));
        assertEquals(expected, reader.digest(target, allocator));
    }

    @Test
    void keepsNullsAndNullability() throws IOException {
        Path target = dir.resolve("nulls.lance");
        try (ArrowTable table = TestTables.withNulls(allocator, 3_000, 1_000, 5)) {
            new LanceDatasetWriter(LanceWriteSettings.DEFAULTS, allocator).write(table, target);

            TestTables.assertSameContent(table, reader.digest(target, allocator));
            assertEquals(table.schema().getFields(), reader.schema(target, allocator).getFields());
        }
    }

    @Test
    void defaultsAreWrittenExplicitly() {
        LanceDatasetWriter writer = new LanceDatasetWriter(LanceWriteSettings.DEFAULTS, allocator);
        assertEquals("lance(v2.1, maxRowsPerFile=1048576, maxRowsPerGroup=1024)", writer.describe());
        LanceDatasetWriter lz4 = new LanceDatasetWriter(
                LanceWriteSettings.DEFAULTS.withStringCompression(StringCompression.LZ4), allocator);
        assertEquals("lance(v2.1, maxRowsPerFile=1048576, maxRowsPerGroup=1024, strings=lz4)", lz4.describe());
    }

    @Test
    void refusesAliasVersionsThatMoveBetweenReleases() {
        assertThrows(IllegalArgumentException.class, () -> LanceWriteSettings.DEFAULTS.withStorageVersion("stable"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anEmptyTableIsADatasetWithZeroRows(boolean withAZeroRowBatch) throws IOException {
        Path target = dir.resolve("empty.lance");
        try (ArrowTable table = withAZeroRowBatch ? TestTables.oneEmptyBatch(allocator) : TestTables.empty()) {
            WriteResult result = new LanceDatasetWriter(LanceWriteSettings.DEFAULTS, allocator).write(table, target);

            assertEquals(0, result.rowsWritten());
            assertEquals(0, reader.countRows(target, allocator));
            TestTables.assertSameContent(table, reader.digest(target, allocator));
        }
    }

    @Test
    void refusesANonEmptyTarget() throws IOException {
        Path target = Files.createDirectories(dir.resolve("leftovers"));
        Files.writeString(target.resolve("old.txt"), "from an earlier run");
        try (ArrowTable table = TestTables.lineitemLike(allocator, 10, 10)) {
            LanceDatasetWriter writer = new LanceDatasetWriter(LanceWriteSettings.DEFAULTS, allocator);
            IOException e = assertThrows(IOException.class, () -> writer.write(table, target));
            assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        }
    }

    @Test
    void writesIntoAnEmptyExistingDirectory() throws IOException {
        Path target = Files.createDirectories(dir.resolve("prepared"));
        try (ArrowTable table = TestTables.lineitemLike(allocator, 100, 30)) {
            new LanceDatasetWriter(LanceWriteSettings.DEFAULTS, allocator).write(table, target);
            TestTables.assertSameContent(table, reader.digest(target, allocator));
        }
    }

    @Test
    void readerRejectsAParquetOnlyFolder() throws IOException {
        Path target = dir.resolve("parquet");
        try (ArrowTable table = TestTables.lineitemLike(allocator, 100, 30)) {
            new ParquetHadoopWriter(ParquetCodec.UNCOMPRESSED).write(table, target);
        }
        IOException count = assertThrows(IOException.class, () -> reader.countRows(target, allocator));
        assertTrue(count.getMessage().contains("cannot open " + target + " as a Lance dataset"), count.getMessage());
        assertThrows(IOException.class, () -> reader.digest(target, allocator));
        assertThrows(IOException.class, () -> reader.countRows(dir.resolve("missing"), allocator));
    }

    private static java.util.List<String> names(Schema schema) {
        return schema.getFields().stream().map(f -> f.getName() + ":" + f.getType()).collect(Collectors.toList());
    }

    private static long fileCount(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private String fileFormatVersion(Path target) {
        try (Dataset dataset = Dataset.open(target.toString(), allocator)) {
            return dataset.getLanceFileFormatVersion();
        }
    }
}
