package dev.tpchbench.source;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowFileWriter;

import dev.tpchbench.digest.ExpectedDigestCache;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.tpch.TpchArrowReader;
import dev.tpchbench.tpch.TpchBatchStream;
import dev.tpchbench.tpch.TpchTable;
import dev.tpchbench.write.DatasetReader;

/**
 * A TPC-H table generated once into an Arrow IPC file and streamed back batch by batch, so that a write
 * of a table larger than memory neither holds it nor pays for generating it inside the timed region
 * (issue 11). Reading the file back is part of a streamed write's time; the READ_SOURCE path measures it
 * alone. The file holds the generator's batches unchanged (same values, same boundaries).
 *
 * <p>While the file is written its digest is computed from the same batches and checked against (or
 * stored in) the {@link ExpectedDigestCache}: a generator that changed its output is an error, not a new
 * expectation. The file appears under its final name only when complete (written aside, then moved).
 */
public final class GeneratedTableFile implements DatasetReader {
    /** The file and the digest every output made from it must equal. */
    public record Prepared(Path file, TableDigest expected, boolean generatedNow) {
    }

    /**
     * The file of {@code table} at {@code scaleFactor} in batches of {@code batchRows} rows in {@code folder},
     * generated now if an earlier fork of the run has not already done so.
     */
    public static Prepared prepare(Path folder, TpchTable table, double scaleFactor, int batchRows,
            ExpectedDigestCache digests, BufferAllocator allocator) throws IOException {
        Path file = folder.resolve(table.tableName() + "-sf" + ExpectedDigestCache.scaleFactorText(scaleFactor)
                + "-b" + batchRows + ".arrow");
        if (Files.exists(file)) {
            return new Prepared(file, digests.expected(table, scaleFactor), false);
        }
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".partial");
        try {
            TableDigest written = generate(table, scaleFactor, batchRows, partial, allocator);
            ExpectedDigestCache.Lookup cached = digests.lookup(table, scaleFactor, written);
            if (!cached.digest().equals(written)) {
                throw new IllegalStateException("the generator's " + table.tableName() + " at SF "
                        + ExpectedDigestCache.scaleFactorText(scaleFactor) + " differs from the cached expected digest "
                        + digests.file(table, scaleFactor) + ": " + written.differenceFrom(cached.digest()).orElse(""));
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return new Prepared(file, written, true);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Streams the generator into {@code file}, one batch in memory at a time; returns the digest of what it wrote. */
    static TableDigest generate(TpchTable table, double scaleFactor, int batchRows, Path file,
            BufferAllocator allocator) throws IOException {
        try (TpchArrowReader batches = TpchBatchStream.open(table, scaleFactor, batchRows, allocator).asReader();
             FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             ArrowFileWriter writer = new ArrowFileWriter(batches.getVectorSchemaRoot(), null, channel)) {
            VectorSchemaRoot root = batches.getVectorSchemaRoot();
            TableDigest.Builder digest = TableDigest.builder(root.getSchema());
            writer.start();
            while (batches.loadNextBatch()) {
                digest.add(root);
                writer.writeBatch();
            }
            writer.end();
            // On disk before any timed write starts: writing back gigabytes of dirty pages would land in its time.
            channel.force(true);
            return digest.build();
        }
    }

    /**
     * The file's batches, read one at a time, every buffer on an address native code accepts
     * ({@link AlignedFileReader}); the caller closes the reader.
     */
    public static ArrowFileReader open(Path file, BufferAllocator allocator) throws IOException {
        return new AlignedFileReader(FileChannel.open(file, StandardOpenOption.READ), allocator);
    }

    /** The digest of the whole file, read batch by batch. */
    @Override
    public TableDigest digest(Path file, BufferAllocator allocator) throws IOException {
        try (ArrowFileReader reader = open(file, allocator)) {
            return TableDigest.of(reader);
        }
    }
}
