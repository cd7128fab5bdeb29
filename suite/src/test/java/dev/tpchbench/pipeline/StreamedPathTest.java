package dev.tpchbench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tpchbench.digest.ExpectedDigestCache;
import dev.tpchbench.memory.MemoryBudget;
import dev.tpchbench.source.GeneratedTableFile;
import dev.tpchbench.tpch.TpchTable;
import dev.tpchbench.write.LanceDatasetReader;
import dev.tpchbench.write.ParquetDatasetReader;
import dev.tpchbench.write.WriteResult;

/** Every streamed path, from a real generated IPC file into real Lance and Parquet outputs. */
class StreamedPathTest {
    private final BufferAllocator allocator = new RootAllocator();
    private GeneratedTableFile.Prepared source;

    @TempDir
    Path dir;

    @BeforeEach
    void generate() throws IOException {
        source = GeneratedTableFile.prepare(dir.resolve("sources"), TpchTable.LINEITEM, 0.01, 4096,
                new ExpectedDigestCache(dir.resolve("digests"), allocator), allocator);
    }

    @AfterEach
    void close() {
        allocator.close(); // throws if any buffer leaked
    }

    private WriteResult write(StreamedPath path, Path target) throws IOException {
        try (BufferAllocator writeAllocator = allocator.newChildAllocator("write", 0, Long.MAX_VALUE)) {
            WriteResult result = path.write(GeneratedTableFile.open(source.file(), writeAllocator), target, writeAllocator);
            assertEquals(0, writeAllocator.getAllocatedMemory(), path + " released what it allocated");
            return result;
        }
    }

    @Test
    void lancePathsWriteEveryRowOfTheSource() throws IOException {
        for (StreamedPath path : new StreamedPath[] {StreamedPath.PHASE_1_5, StreamedPath.PHASE_2, StreamedPath.PHASE_3_ONE_STREAM}) {
            Path target = dir.resolve(path + ".lance");
            assertEquals(60_175, write(path, target).rowsWritten(), path.toString());
            assertEquals(60_175, new LanceDatasetReader().countRows(target, allocator), path.toString());
            assertEquals(source.expected(), new LanceDatasetReader().digest(target, allocator), path.toString());
            Phase3Test.assertStringCompression(new LanceDatasetReader().schema(target, allocator),
                    path == StreamedPath.PHASE_3_ONE_STREAM ? "lz4" : null);
        }
    }

    @Test
    void parquetWritesEveryRowOfTheSource() throws IOException {
        Path target = dir.resolve("parquet");
        assertEquals(60_175, write(StreamedPath.PARQUET, target).rowsWritten());
        assertEquals(source.expected(), new ParquetDatasetReader().digest(target, allocator));
    }

    @Test
    void readSourceReadsEveryRowAndWritesNothing() throws IOException {
        Path target = dir.resolve("nothing");
        assertEquals(60_175, write(StreamedPath.READ_SOURCE, target).rowsWritten());
        assertFalse(Files.exists(target));
    }

    @Test
    void onlyThePathThatHoldsTheTableIsRefusedWhereItDoesNotFit() {
        // 1 GiB: lineitem SF 1 is about 1.1 GiB of Arrow; Phase 1.5 holds it about 1.6 times.
        MemoryBudget oneGib = new MemoryBudget(OptionalLong.of(1L << 30), 1L << 30, "-XX:MaxDirectMemorySize");
        Optional<String> refusal = StreamedPath.PHASE_1_5.refusal(TpchTable.LINEITEM, 1, oneGib);
        assertTrue(refusal.isPresent());
        assertTrue(refusal.get().startsWith("PHASE_1_5 refused for lineitem at SF 1: it holds the whole table 1.58 times"),
                refusal.get());
        assertEquals(Optional.empty(), StreamedPath.PHASE_1_5.refusal(TpchTable.LINEITEM, 0.1, oneGib));
        for (StreamedPath streaming : new StreamedPath[] {StreamedPath.READ_SOURCE, StreamedPath.PHASE_2, StreamedPath.PHASE_3_ONE_STREAM,
                StreamedPath.PARQUET}) {
            assertEquals(Optional.empty(), streaming.refusal(TpchTable.LINEITEM, 10, oneGib), streaming.toString());
        }
    }
}
