package dev.tpchbench.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tpchbench.data.ArrowTable;

class ParquetHadoopWriterTest {
    private final BufferAllocator allocator = new RootAllocator();
    private final ParquetDatasetReader reader = new ParquetDatasetReader();

    @TempDir
    Path dir;

    @AfterEach
    void allocatorIsEmpty() {
        allocator.close(); // throws if any buffer leaked
    }

    @ParameterizedTest
    @EnumSource(ParquetCodec.class)
    void roundTripsThroughTheNativeReaderWithEveryCodec(ParquetCodec codec) throws IOException {
        Path target = dir.resolve("lineitem-" + codec);
        try (ArrowTable table = TestTables.lineitemLike(allocator, 5_000, 1_024)) {
            WriteResult result = new ParquetHadoopWriter(codec).write(table, target);

            assertEquals(5_000, result.rowsWritten());
            assertTrue(Files.size(target.resolve("part-0.parquet")) > 0);
            TestTables.assertSameContent(table, reader.digest(target, allocator));
            assertEquals(Set.of(codec.parquetName()), ParquetFooters.codecs(target.resolve("part-0.parquet")));
        }
    }

    @Test
    void mapsNullabilityToRequiredAndOptional() throws IOException {
        try (ArrowTable required = TestTables.lineitemLike(allocator, 100, 100);
             ArrowTable optional = TestTables.withNulls(allocator, 3_000, 1_000, 5)) {
            new ParquetHadoopWriter(ParquetCodec.SNAPPY).write(required, dir.resolve("required"));
            new ParquetHadoopWriter(ParquetCodec.SNAPPY).write(optional, dir.resolve("optional"));

            assertAllFields(dir.resolve("required"), Type.Repetition.REQUIRED);
            assertAllFields(dir.resolve("optional"), Type.Repetition.OPTIONAL);
            TestTables.assertSameContent(optional, reader.digest(dir.resolve("optional"), allocator));
        }
    }

    @Test
    void writesTpchTypesWithTheirLogicalAnnotations() throws IOException {
        try (ArrowTable table = TestTables.lineitemLike(allocator, 10, 10)) {
            new ParquetHadoopWriter(ParquetCodec.UNCOMPRESSED).write(table, dir.resolve("t"));
        }
        MessageType schema = ParquetFooters.footer(dir.resolve("t").resolve("part-0.parquet"))
                .getFileMetaData().getSchema();
        assertEquals("required int64 l_orderkey", schema.getType(0).toString());
        assertEquals("required int32 l_linenumber", schema.getType(1).toString());
        assertEquals("required int64 l_extendedprice (DECIMAL(15,2))", schema.getType(2).toString());
        assertEquals("required int32 l_shipdate (DATE)", schema.getType(3).toString());
        assertEquals("required binary l_comment (STRING)", schema.getType(4).toString());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anEmptyTableIsAFileWithZeroRows(boolean withAZeroRowBatch) throws IOException {
        Path target = dir.resolve("empty");
        try (ArrowTable table = withAZeroRowBatch ? TestTables.oneEmptyBatch(allocator) : TestTables.empty()) {
            WriteResult result = new ParquetHadoopWriter(ParquetCodec.SNAPPY).write(table, target);

            assertEquals(0, result.rowsWritten());
            TestTables.assertSameContent(table, reader.digest(target, allocator));
        }
    }

    @Test
    void refusesANonEmptyTarget() throws IOException {
        Path target = Files.createDirectories(dir.resolve("leftovers"));
        Files.writeString(target.resolve("part-0.parquet"), "from an earlier run");
        try (ArrowTable table = TestTables.lineitemLike(allocator, 10, 10)) {
            ParquetHadoopWriter writer = new ParquetHadoopWriter(ParquetCodec.SNAPPY);
            IOException e = assertThrows(IOException.class, () -> writer.write(table, target));
            assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        }
    }

    @Test
    void parsesCodecNamesAndNamesTheAlternatives() {
        assertEquals(ParquetCodec.ZSTD, ParquetCodec.parse(" zstd "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParquetCodec.parse("lz5"));
        assertTrue(e.getMessage().contains("SNAPPY"), e.getMessage());
    }

    @Test
    void readerRejectsAFolderWithoutParquetFiles() throws IOException {
        Path lance = dir.resolve("lance");
        try (ArrowTable table = TestTables.lineitemLike(allocator, 10, 10)) {
            new LanceDatasetWriter(LanceWriteSettings.DEFAULTS, allocator).write(table, lance);
        }
        IOException e = assertThrows(IOException.class, () -> reader.digest(lance, allocator));
        assertTrue(e.getMessage().contains("no .parquet file"), e.getMessage());
        assertThrows(IOException.class, () -> reader.digest(dir.resolve("missing"), allocator));
    }

    private static void assertAllFields(Path target, Type.Repetition expected) throws IOException {
        MessageType schema = ParquetFooters.footer(target.resolve("part-0.parquet")).getFileMetaData().getSchema();
        for (Type field : schema.getFields()) {
            assertEquals(expected, field.getRepetition(), field.toString());
        }
    }
}
