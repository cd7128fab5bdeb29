package dev.tpchbench.measure;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.arrow.memory.BufferAllocator;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.output.OutputDirs;
import dev.tpchbench.write.DatasetWriter;
import dev.tpchbench.write.WriteResult;

/**
 * Writes the same table many times in one JVM, each time into a fresh folder that is deleted right
 * after, and samples the process's memory before the first write and every {@code every} writes: does
 * memory stop growing, and if not, is the growth in the Java heap, in Arrow, or outside the JVM?
 */
public final class RepeatedWrites {
    private final DatasetWriter writer;
    private final BufferAllocator writeAllocator;
    private final Path scratch;
    private final AfterWrite afterWrite;

    /** Work done on each written dataset before it is deleted, such as the benchmarks' read-back check. */
    @FunctionalInterface
    public interface AfterWrite {
        AfterWrite NOTHING = target -> { };

        void accept(Path target) throws IOException;
    }

    /**
     * @param writeAllocator the allocator the writer allocates from (and nothing else), which must be empty
     *     between writes
     * @param scratch an existing folder for the writes' targets
     * @param afterWrite run on each dataset after its write, before it is deleted
     */
    public RepeatedWrites(DatasetWriter writer, BufferAllocator writeAllocator, Path scratch, AfterWrite afterWrite) {
        this.writer = writer;
        this.writeAllocator = writeAllocator;
        this.scratch = scratch;
        this.afterWrite = afterWrite;
    }

    /**
     * Writes {@code table} {@code writes} times and passes a sample to {@code samples} before the first
     * write and after every {@code every} writes (and after the last).
     *
     * @throws IllegalStateException if a write reports a row count other than the table's, or Arrow
     *     memory of the writes is still allocated when a sample is taken (after that sample is passed on)
     */
    public void run(ArrowTable table, BufferAllocator sourceAllocator, int writes, int every,
            Consumer<MemorySample> samples) throws IOException {
        if (writes < 1 || every < 1) {
            throw new IllegalArgumentException("writes and every must be >= 1, got " + writes + " and " + every);
        }
        long started = System.nanoTime();
        samples.accept(sample(0, started, sourceAllocator));
        for (int done = 1; done <= writes; done++) {
            Path folder = Files.createTempDirectory(scratch, "write-");
            try {
                WriteResult result = writer.write(table, folder.resolve("dataset"));
                if (result.rowsWritten() != table.rowCount()) {
                    throw new IllegalStateException("write " + done + " wrote " + result.rowsWritten() + " rows, the table has "
                            + table.rowCount());
                }
                afterWrite.accept(result.target());
            } finally {
                OutputDirs.deleteTree(folder);
            }
            if (done % every == 0 || done == writes) {
                MemorySample sample = sample(done, started, sourceAllocator);
                samples.accept(sample);
                if (sample.arrowWriteBytes() != 0) {
                    throw new IllegalStateException("after " + done + " writes the writes' Arrow allocator still holds "
                            + sample.arrowWriteBytes() + " bytes: a write leaked Arrow memory");
                }
            }
        }
    }

    private MemorySample sample(long writes, long started, BufferAllocator sourceAllocator) {
        long heap = heapUsedAfterGc();
        return new MemorySample(writes, (System.nanoTime() - started) / 1e9, heap, writeAllocator.getAllocatedMemory(),
                sourceAllocator.getAllocatedMemory(), ProcessStatus.self(),
                NativeMemorySummary.current().map(NativeMemorySummary::committedBytes).orElse(-1L));
    }

    /** Heap in use after full collections: twice, so objects freed by finalization or cleaners go too. */
    static long heapUsedAfterGc() {
        FullCollection.collect();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
