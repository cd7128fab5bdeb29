package dev.tpchbench.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lance.Dataset;
import org.lance.Fragment;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.gate.OutputCheck;
import dev.tpchbench.results.BenchmarkId;

/** Parts written as fragments on their own threads, one commit, through real Lance and the suite's gate. */
class ParallelFragmentWriterTest {
    private static final BenchmarkId ID = new BenchmarkId("dev.tpchbench.choices.LanceWriteChoiceBenchmark.writeTable",
            Map.of("choice", "TWO_FRAGMENT_WRITERS", "table", "lineitem", "scaleFactor", "0.01"));

    private final BufferAllocator allocator = new RootAllocator();

    @TempDir
    Path dir;

    @AfterEach
    void allocatorIsEmpty() {
        allocator.close(); // throws if any buffer leaked, on any thread
    }

    @Test
    void twoThreadsWriteTwoFragmentsInOneVersionThatPassTheGate() throws IOException {
        Path target = dir.resolve("two.lance");
        try (ArrowTable table = TestTables.lineitemLike(allocator, 10_000, 1_000)) {
            WriteResult result = new ParallelFragmentWriter(LanceWriteSettings.DEFAULTS, allocator, 2).write(table, target);

            assertEquals(10_000, result.rowsWritten());
            assertEquals(10_000, OutputCheck.verifyLance(ID, target, digest(table), allocator));
            assertEquals(List.of(5_000, 5_000), fragmentRows(target));
            assertEquals(List.of(1L), versions(target), "one commit");
        }
    }

    @Test
    void oneThreadWritesOneFragment() throws IOException {
        Path target = dir.resolve("one.lance");
        try (ArrowTable table = TestTables.lineitemLike(allocator, 10_000, 1_000)) {
            new ParallelFragmentWriter(LanceWriteSettings.DEFAULTS, allocator, 1).write(table, target);

            assertEquals(10_000, OutputCheck.verifyLance(ID, target, digest(table), allocator));
            assertEquals(List.of(10_000), fragmentRows(target));
            assertEquals(List.of(1L), versions(target));
        }
    }

    /**
     * Part 0 starts only once part 1 is written and its stream closed, so the parts finish in reverse order;
     * committed in finishing order, the scan would start with part 1's rows and the order-sensitive digest fail.
     * Each part is several files here, so the order of a part's own fragments is checked too.
     */
    @Test
    void partsAreCommittedInPartOrderWhateverOrderTheyFinish() throws IOException {
        Path target = dir.resolve("reversed.lance");
        CountDownLatch part1Closed = new CountDownLatch(1);
        List<Integer> closed = Collections.synchronizedList(new ArrayList<>());
        ParallelFragmentWriter.PartReaders partReaders = (part, table, schema, from, to, partAllocator) -> {
            if (part == 0) {
                awaitOrFail(part1Closed);
            }
            return new PartReader(new InMemoryArrowReader(table, schema, from, to, partAllocator), partAllocator, -1, () -> {
                closed.add(part);
                if (part == 1) {
                    part1Closed.countDown();
                }
            });
        };
        try (ArrowTable table = TestTables.lineitemLike(allocator, 10_000, 1_000)) {
            new ParallelFragmentWriter(LanceWriteSettings.DEFAULTS.withMaxRowsPerFile(2_000), allocator, 2, partReaders)
                    .write(table, target);

            assertEquals(List.of(1, 0), closed, "part 1 was written first");
            assertEquals(10_000, OutputCheck.verifyLance(ID, target, digest(table), allocator));
            assertEquals(List.of(2_000, 2_000, 1_000, 2_000, 2_000, 1_000), fragmentRows(target));
        }
    }

    /** A failure inside Lance's pull of one part: the write fails and no dataset exists, though part 0 was written. */
    @Test
    void aPartThatFailsFailsTheWriteAndNothingIsCommitted() throws IOException {
        Path target = dir.resolve("failed.lance");
        ParallelFragmentWriter.PartReaders partReaders = (part, table, schema, from, to, partAllocator) -> new PartReader(
                new InMemoryArrowReader(table, schema, from, to, partAllocator), partAllocator, part == 1 ? 2 : -1, () -> {
                });
        try (ArrowTable table = TestTables.lineitemLike(allocator, 10_000, 1_000)) {
            ParallelFragmentWriter writer = new ParallelFragmentWriter(LanceWriteSettings.DEFAULTS, allocator, 2, partReaders);
            IOException e = assertThrows(IOException.class, () -> writer.write(table, target));

            assertTrue(e.getMessage().startsWith("part 1 of 2 failed, nothing committed"), e.getMessage());
            assertThrows(IOException.class, () -> new LanceDatasetReader().countRows(target, allocator), "no dataset");
        }
    }

    /** No batches, no fragments: the commit is told the format, which no data file can say. */
    @Test
    void anEmptyTableIsADatasetWithZeroRowsInTheFormatAskedFor() throws IOException {
        Path target = dir.resolve("empty.lance");
        try (ArrowTable table = TestTables.empty()) {
            WriteResult result = new ParallelFragmentWriter(LanceWriteSettings.DEFAULTS.withStorageVersion("2.2"), allocator, 2)
                    .write(table, target);

            assertEquals(0, result.rowsWritten());
            assertEquals(0, OutputCheck.verifyLance(ID, target, digest(table), allocator));
            try (Dataset dataset = Dataset.open().allocator(allocator).uri(target.toString()).build()) {
                assertEquals("2.2", dataset.getLanceFileFormatVersion());
            }
        }
    }

    /** The settings reach every part's data files as they reach LanceDatasetWriter's, and the encoding key the schema. */
    @Test
    void theSettingsReachLanceAsInTheOneStreamWrite() throws IOException {
        LanceWriteSettings settings = LanceWriteSettings.DEFAULTS.withStorageVersion("2.0").withMaxRowsPerFile(1_500)
                .withStringCompression(StringCompression.LZ4);
        try (ArrowTable table = TestTables.lineitemLike(allocator, 5_000, 1_024)) {
            Path parallel = dir.resolve("parallel.lance");
            Path oneStream = dir.resolve("one-stream.lance");
            new ParallelFragmentWriter(settings, allocator, 1).write(table, parallel);
            new LanceDatasetWriter(settings, allocator).write(table, oneStream);

            for (Path target : List.of(parallel, oneStream)) {
                assertEquals(5_000, OutputCheck.verifyLance(ID, target, digest(table), allocator));
                assertEquals(List.of(1_500, 1_500, 1_500, 500), fragmentRows(target), target.toString());
                try (Dataset dataset = Dataset.open().allocator(allocator).uri(target.toString()).build()) {
                    assertEquals("2.0", dataset.getLanceFileFormatVersion(), target.toString());
                    assertEquals("lz4", dataset.getSchema().findField("l_comment").getMetadata()
                            .get(LanceEncodingMetadata.COMPRESSION), target.toString());
                }
            }
        }
    }

    @Test
    void refusesANonEmptyTargetAndNoThreads() throws IOException {
        Path target = Files.createDirectories(dir.resolve("leftovers"));
        Files.writeString(target.resolve("old.txt"), "from an earlier run");
        try (ArrowTable table = TestTables.lineitemLike(allocator, 10, 10)) {
            ParallelFragmentWriter writer = new ParallelFragmentWriter(LanceWriteSettings.DEFAULTS, allocator, 2);
            IOException e = assertThrows(IOException.class, () -> writer.write(table, target));
            assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class,
                () -> new ParallelFragmentWriter(LanceWriteSettings.DEFAULTS, allocator, 0));
        assertEquals("lance(v2.1, maxRowsPerFile=1048576, maxRowsPerGroup=1024, fragmentWriters=2)",
                new ParallelFragmentWriter(LanceWriteSettings.DEFAULTS, allocator, 2).describe());
    }

    private static TableDigest digest(ArrowTable table) {
        return TableDigest.of(table.schema(), table.batches());
    }

    private List<Integer> fragmentRows(Path target) {
        try (Dataset dataset = Dataset.open().allocator(allocator).uri(target.toString()).build()) {
            return dataset.getFragments().stream().map(Fragment::countRows).collect(Collectors.toList());
        }
    }

    private List<Long> versions(Path target) {
        try (Dataset dataset = Dataset.open().allocator(allocator).uri(target.toString()).build()) {
            return dataset.listVersions().stream().map(v -> v.getId()).collect(Collectors.toList());
        }
    }

    private static void awaitOrFail(CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IOException("part 1's stream was not closed within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** One part's batches passed on (buffers moved), failing at batch {@code failAt} if >= 0; tells when closed. */
    private static final class PartReader extends ArrowReader {
        private final ArrowReader batches;
        private final int failAt;
        private final Runnable onClose;
        private final AtomicBoolean closedOnce = new AtomicBoolean();
        private int loaded;

        PartReader(ArrowReader batches, BufferAllocator allocator, int failAt, Runnable onClose) {
            super(allocator);
            this.batches = batches;
            this.failAt = failAt;
            this.onClose = onClose;
        }

        @Override
        public boolean loadNextBatch() throws IOException {
            if (loaded == failAt) {
                throw new IOException("planted failure at batch " + loaded + " of this part");
            }
            if (!batches.loadNextBatch()) {
                return false;
            }
            VectorSchemaRoot from = batches.getVectorSchemaRoot();
            VectorSchemaRoot into = getVectorSchemaRoot();
            for (int c = 0; c < from.getFieldVectors().size(); c++) {
                from.getVector(c).makeTransferPair(into.getVector(c)).transfer();
            }
            into.setRowCount(from.getRowCount());
            loaded++;
            return true;
        }

        @Override
        public long bytesRead() {
            return 0;
        }

        @Override
        protected void closeReadSource() throws IOException {
            // Lance's release of the stream and the writer's own close both get here: report the first.
            if (closedOnce.compareAndSet(false, true)) {
                batches.close();
                onClose.run();
            }
        }

        @Override
        protected Schema readSchema() throws IOException {
            return batches.getVectorSchemaRoot().getSchema();
        }
    }
}
