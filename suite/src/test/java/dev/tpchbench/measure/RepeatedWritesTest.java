package dev.tpchbench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.tpch.TpchArrowGenerator;
import dev.tpchbench.tpch.TpchTable;
import dev.tpchbench.write.DatasetWriter;
import dev.tpchbench.write.LanceDatasetReader;
import dev.tpchbench.write.LanceDatasetWriter;
import dev.tpchbench.write.LanceWriteSettings;
import dev.tpchbench.write.WriteResult;

class RepeatedWritesTest {
    private final BufferAllocator root = new RootAllocator();
    private final BufferAllocator sourceAllocator = root.newChildAllocator("source", 0, Long.MAX_VALUE);
    private final BufferAllocator writeAllocator = root.newChildAllocator("writes", 0, Long.MAX_VALUE);
    private final LanceDatasetReader reader = new LanceDatasetReader();

    @TempDir
    Path scratch;

    @AfterEach
    void allocatorsAreEmpty() {
        writeAllocator.close();
        sourceAllocator.close();
        root.close();
    }

    @Test
    void samplesBeforeTheFirstWriteEveryKWritesAndAfterTheLastAndLeavesNoFolders() throws IOException {
        List<MemorySample> samples = new ArrayList<>();
        AtomicInteger targetsSeen = new AtomicInteger();
        DatasetWriter lance = new LanceDatasetWriter(LanceWriteSettings.DEFAULTS, writeAllocator);
        DatasetWriter counting = new Delegating(lance) {
            @Override
            public WriteResult write(ArrowTable table, Path target) throws IOException {
                WriteResult result = super.write(table, target);
                assertTrue(Files.isDirectory(target.resolve("data")), "a real Lance dataset at " + target);
                targetsSeen.incrementAndGet();
                return result;
            }
        };
        try (ArrowTable customer = TpchArrowGenerator.generate(TpchTable.CUSTOMER, 0.001, 64, sourceAllocator)) {
            long sourceBytes = sourceAllocator.getAllocatedMemory();
            assertTrue(sourceBytes >= customer.bufferBytes(), sourceBytes + " allocated for the table");
            List<Long> rowsReadBack = new ArrayList<>();
            RepeatedWrites.AfterWrite readBack = target -> rowsReadBack.add(reader.countRows(target, sourceAllocator));
            new RepeatedWrites(counting, writeAllocator, scratch, readBack).run(customer, sourceAllocator, 5, 2, samples::add);

            assertEquals(List.of(0L, 2L, 4L, 5L), samples.stream().map(MemorySample::writes).toList());
            assertEquals(5, targetsSeen.get());
            assertEquals(List.of(150L, 150L, 150L, 150L, 150L), rowsReadBack, "each dataset is there for afterWrite");
            for (MemorySample sample : samples) {
                assertEquals(0, sample.arrowWriteBytes(), "the writes' Arrow memory is back to 0");
                assertEquals(sourceBytes, sample.arrowSourceBytes(), "the source table's allocation, unchanged");
                assertTrue(sample.heapUsedAfterGcBytes() > 0);
                assertTrue(sample.process().rssBytes() > sample.heapUsedAfterGcBytes(), sample.toString());
            }
        }
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(List.of(), left.toList(), "every write's folder is deleted after it");
        }
    }

    @Test
    void aWriteThatLeaksArrowMemoryStopsTheRunAtTheNextSample() throws IOException {
        List<ArrowBuf> leaked = new ArrayList<>();
        DatasetWriter leaking = new Delegating(new LanceDatasetWriter(LanceWriteSettings.DEFAULTS, writeAllocator)) {
            @Override
            public WriteResult write(ArrowTable table, Path target) throws IOException {
                leaked.add(writeAllocator.buffer(1024));
                return super.write(table, target);
            }
        };
        List<MemorySample> samples = new ArrayList<>();
        try (ArrowTable customer = TpchArrowGenerator.generate(TpchTable.CUSTOMER, 0.001, 64, sourceAllocator)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                    new RepeatedWrites(leaking, writeAllocator, scratch, RepeatedWrites.AfterWrite.NOTHING).run(customer, sourceAllocator, 10, 3, samples::add));

            assertTrue(e.getMessage().startsWith("after 3 writes the writes' Arrow allocator still holds"), e.getMessage());
            assertEquals(List.of(0L, 3L), samples.stream().map(MemorySample::writes).toList());
            assertTrue(samples.get(1).arrowWriteBytes() >= 3 * 1024, samples.get(1).toString());
        } finally {
            leaked.forEach(ArrowBuf::close);
        }
    }

    @Test
    void aWriteThatDropsRowsStopsTheRun() throws IOException {
        DatasetWriter lying = new Delegating(new LanceDatasetWriter(LanceWriteSettings.DEFAULTS, writeAllocator)) {
            @Override
            public WriteResult write(ArrowTable table, Path target) throws IOException {
                WriteResult real = super.write(table, target);
                return new WriteResult(real.target(), real.rowsWritten() - 1);
            }
        };
        try (ArrowTable customer = TpchArrowGenerator.generate(TpchTable.CUSTOMER, 0.001, 64, sourceAllocator)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                    new RepeatedWrites(lying, writeAllocator, scratch, RepeatedWrites.AfterWrite.NOTHING).run(customer, sourceAllocator, 3, 1, s -> { }));

            assertEquals("write 1 wrote 149 rows, the table has 150", e.getMessage());
        }
    }

    /** A writer that does what the real one does, for overriding one step. */
    private static class Delegating implements DatasetWriter {
        private final DatasetWriter delegate;

        Delegating(DatasetWriter delegate) {
            this.delegate = delegate;
        }

        @Override
        public String describe() {
            return delegate.describe();
        }

        @Override
        public WriteResult write(ArrowTable table, Path target) throws IOException {
            return delegate.write(table, target);
        }
    }
}
