package dev.tpchbench.write;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;
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
        return describe(settings, "");
    }

    /** {@code lance(...)} with every setting that changes the output, then {@code more} inside the parentheses. */
    static String describe(LanceWriteSettings settings, String more) {
        String strings = settings.stringCompression() == StringCompression.DEFAULT ? ""
                : ", strings=" + settings.stringCompression().metadataValue().get();
        return "lance(v" + settings.storageVersion() + ", maxRowsPerFile=" + settings.maxRowsPerFile()
                + ", maxRowsPerGroup=" + settings.maxRowsPerGroup() + strings + more + ")";
    }

    /**
     * {@code rowsWritten} is the number of rows Lance pulled from the stream before it committed; the
     * dataset's own count is the read-back check's job, outside the timed write.
     */
    @Override
    public WriteResult write(ArrowTable table, Path target) throws IOException {
        try (InMemoryArrowReader reader = new InMemoryArrowReader(table, schemaForLance(table.schema()), allocator)) {
            writeStream(reader, target);
            return new WriteResult(target, reader.rowsDelivered());
        }
    }

    /**
     * Writes a stream of batches that is never held whole (a generated stream, an Arrow IPC file): the
     * path to tables larger than memory. {@code rowsWritten} is the rows Lance pulled; the reader is closed.
     */
    public WriteResult write(ArrowReader batches, Path target) throws IOException {
        try (RowCountingReader reader = new RowCountingReader(batches, this::schemaForLance, allocator)) {
            writeStream(reader, target);
            return new WriteResult(target, reader.rowsDelivered());
        }
    }

    /** The schema the exported stream reports: the encoding choices ride on it as field metadata. */
    private Schema schemaForLance(Schema schema) {
        return LanceEncodingMetadata.annotate(schema, settings.stringCompression());
    }

    /**
     * The one write path: a stream of batches exported once over C Data, pulled by Lance until it commits.
     * The stream's schema is {@code reader}'s root schema, so the reader must already report the annotated one.
     */
    private void writeStream(ArrowReader reader, Path target) throws IOException {
        WriteTarget.prepareEmpty(target);
        try (ArrowArrayStream stream = ArrowArrayStream.allocateNew(allocator)) {
            Data.exportArrayStream(allocator, reader, stream);
            Dataset.write()
                    .allocator(allocator)
                    .stream(stream)
                    .uri(target.toString())
                    .mode(WriteParams.WriteMode.CREATE)
                    .dataStorageVersion(settings.storageVersion())
                    .maxRowsPerFile(settings.maxRowsPerFile())
                    .maxRowsPerGroup(settings.maxRowsPerGroup())
                    .execute()
                    .close();
        }
    }
}
