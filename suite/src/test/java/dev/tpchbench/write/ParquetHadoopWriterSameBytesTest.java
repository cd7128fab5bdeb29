package dev.tpchbench.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.parquet.hadoop.ParquetWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.tpch.TpchArrowGenerator;
import dev.tpchbench.tpch.TpchTable;

/**
 * The README's claim about the Parquet baseline: driving parquet-java's column writers directly
 * ({@link ParquetHadoopWriter}) writes the same file, byte for byte, as parquet's usual
 * {@code ParquetWriter} + {@code WriteSupport} path ({@link RecordPathParquetWriter}) with the same settings.
 */
class ParquetHadoopWriterSameBytesTest {
    private final BufferAllocator allocator = new RootAllocator();

    @TempDir
    Path dir;

    @AfterEach
    void allocatorIsEmpty() {
        allocator.close();
    }

    @ParameterizedTest
    @EnumSource(ParquetCodec.class)
    void lineitemAtSf001IsByteIdenticalToTheRecordPath(ParquetCodec codec) throws IOException {
        try (ArrowTable lineitem = TpchArrowGenerator.generate(TpchTable.LINEITEM, 0.01, 65_536, allocator)) {
            assertSameBytes(lineitem, codec, ParquetWriter.DEFAULT_BLOCK_SIZE);
        }
    }

    @Test
    void nullableColumnsAreByteIdenticalToo() throws IOException {
        try (ArrowTable table = TestTables.withNulls(allocator, 20_000, 1_000, 5)) {
            assertSameBytes(table, ParquetCodec.SNAPPY, ParquetWriter.DEFAULT_BLOCK_SIZE);
        }
    }

    @Test
    void rowGroupsEndWhereTheRecordPathEndsThem() throws IOException {
        // 1 MiB row groups: lineitem at SF 0.01 spans several, so the size checks decide where each ends.
        try (ArrowTable lineitem = TpchArrowGenerator.generate(TpchTable.LINEITEM, 0.01, 65_536, allocator)) {
            Path file = assertSameBytes(lineitem, ParquetCodec.SNAPPY, 1 << 20);
            int rowGroups = ParquetFooters.footer(file).getBlocks().size();
            assertTrue(rowGroups > 2, rowGroups + " row groups");
        }
    }

    /** The streamed write (issue 11) makes the same file as the write of the table held in memory. */
    @Test
    void aStreamOfTheSameBatchesWritesTheSameBytes() throws IOException {
        try (ArrowTable lineitem = TpchArrowGenerator.generate(TpchTable.LINEITEM, 0.01, 4096, allocator);
             InMemoryArrowReader stream = new InMemoryArrowReader(lineitem, allocator)) {
            new ParquetHadoopWriter(ParquetCodec.SNAPPY, 1 << 20).write(lineitem, dir.resolve("table"));
            new ParquetHadoopWriter(ParquetCodec.SNAPPY, 1 << 20).write(stream, dir.resolve("stream"));

            assertArrayEquals(Files.readAllBytes(dir.resolve("table").resolve(ParquetHadoopWriter.FILE_NAME)),
                    Files.readAllBytes(dir.resolve("stream").resolve(ParquetHadoopWriter.FILE_NAME)));
        }
    }

    private Path assertSameBytes(ArrowTable table, ParquetCodec codec, long rowGroupBytes) throws IOException {
        Path columnPath = dir.resolve("columns-" + codec);
        Path recordPath = dir.resolve("records-" + codec);
        new ParquetHadoopWriter(codec, rowGroupBytes).write(table, columnPath);
        RecordPathParquetWriter.write(table, recordPath, codec, rowGroupBytes);

        byte[] expected = Files.readAllBytes(recordPath.resolve(ParquetHadoopWriter.FILE_NAME));
        byte[] actual = Files.readAllBytes(columnPath.resolve(ParquetHadoopWriter.FILE_NAME));
        assertEquals(expected.length, actual.length, "file size");
        assertArrayEquals(expected, actual);
        return columnPath.resolve(ParquetHadoopWriter.FILE_NAME);
    }
}
