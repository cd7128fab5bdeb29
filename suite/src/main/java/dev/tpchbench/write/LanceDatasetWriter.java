package dev.tpchbench.write;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.lance.Dataset;
import org.lance.WriteParams;

import dev.tpchbench.data.ArrowTable;

/**
 * Writes a table as a new Lance dataset: the whole table is exported as one C Data
 * {@code ArrowArrayStream} and handed to {@code Dataset.create} in CREATE mode.
 *
 * <p>Every Lance Java write API (Dataset.create/write, Fragment.create with a VectorSchemaRoot,
 * LanceFileWriter.write) passes data to native code through the C Data Interface, so this is also the
 * only kind of path there is.
 */
public final class LanceDatasetWriter implements DatasetWriter {
    private final LanceWriteSettings settings;
    private final BufferAllocator allocator;

    public LanceDatasetWriter(LanceWriteSettings settings, BufferAllocator allocator) {
        this.settings = settings;
        this.allocator = allocator;
    }

    @Override
    public String describe() {
        return "lance(v" + settings.storageVersion() + ", maxRowsPerFile=" + settings.maxRowsPerFile()
                + ", maxRowsPerGroup=" + settings.maxRowsPerGroup() + ")";
    }

    /** {@code rowsWritten} is the row count of the dataset version the write committed. */
    @Override
    public WriteResult write(ArrowTable table, Path target) throws IOException {
        WriteTarget.prepareEmpty(target);
        WriteParams params = new WriteParams.Builder()
                .withMode(WriteParams.WriteMode.CREATE)
                .withDataStorageVersion(settings.storageVersion())
                .withMaxRowsPerFile(settings.maxRowsPerFile())
                .withMaxRowsPerGroup(settings.maxRowsPerGroup())
                .build();
        long rows;
        try (InMemoryArrowReader reader = new InMemoryArrowReader(table, allocator);
             ArrowArrayStream stream = ArrowArrayStream.allocateNew(allocator)) {
            Data.exportArrayStream(allocator, reader, stream);
            try (Dataset dataset = Dataset.create(allocator, stream, target.toString(), params)) {
                rows = dataset.countRows();
            }
        }
        return new WriteResult(target, WriteTarget.bytesOnDisk(target), rows);
    }
}
