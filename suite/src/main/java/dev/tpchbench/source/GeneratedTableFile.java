package dev.tpchbench.source;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.message.ArrowFieldNode;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.ExpectedDigestCache;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.output.OutputDirs;
import dev.tpchbench.results.Numbers;
import dev.tpchbench.tpch.TpchArrowGenerator;
import dev.tpchbench.tpch.TpchArrowReader;
import dev.tpchbench.tpch.TpchBatchStream;
import dev.tpchbench.tpch.TpchRowCounts;
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
 * expectation. A file of the table's first rows ({@link #prepareFirst}) keeps its digest in its footer instead.
 * The file appears under its final name only when complete (written aside, then moved).
 */
public final class GeneratedTableFile implements DatasetReader {
    /** The footer key of a file of the first rows under which their expected digest is kept. */
    static final String FOOTER_DIGEST = "tpchbench.expectedDigest";

    /** The file and the digest every output made from it must equal. */
    public record Prepared(Path file, TableDigest expected, boolean generatedNow) {
    }

    /**
     * The file of {@code table} at {@code scaleFactor} in batches of {@code batchRows} rows in {@code folder},
     * generated now if an earlier fork of the run has not already done so.
     */
    public static Prepared prepare(Path folder, TpchTable table, double scaleFactor, int batchRows,
            ExpectedDigestCache digests, BufferAllocator allocator) throws IOException {
        Path file = folder.resolve(baseName(table, scaleFactor, batchRows) + ".arrow");
        if (Files.exists(file)) {
            return new Prepared(file, digests.expected(table, scaleFactor), false);
        }
        return writtenAside(file, partial -> {
            TableDigest written = generate(table, scaleFactor, batchRows, partial, allocator);
            ExpectedDigestCache.Lookup cached = digests.lookup(table, scaleFactor, written);
            if (!cached.digest().equals(written)) {
                throw new IllegalStateException("the generator's " + table.tableName() + " at SF "
                        + ExpectedDigestCache.scaleFactorText(scaleFactor) + " differs from the cached expected digest "
                        + digests.file(table, scaleFactor) + ": " + written.differenceFrom(cached.digest()).orElse(""));
            }
            return written;
        });
    }

    /**
     * The file of the first {@code rows} rows of {@code table} (fewer than the table has) in batches of
     * {@code batchRows}, generated now if an earlier fork of the run has not already done so: the per-batch
     * benchmarks' ring, which a fork generating it itself paid for in seconds (the generator's text pool alone
     * took about 1.2 s per fork). Its expected digest is computed from the generator's batches before they are
     * written and travels in the file's footer, so a faulty read-back in a later fork fails the gate.
     */
    public static Prepared prepareFirst(Path folder, TpchTable table, double scaleFactor, int batchRows, long rows,
            BufferAllocator allocator) throws IOException {
        long tableRows = TpchRowCounts.expectedRows(table, scaleFactor);
        if (rows <= 0 || rows >= tableRows) {
            throw new IllegalArgumentException("a file of the first rows needs between 1 and " + (tableRows - 1)
                    + " rows of " + table.tableName() + " (use prepare for the whole table); got " + rows);
        }
        Path file = folder.resolve(baseName(table, scaleFactor, batchRows) + "-first" + rows + ".arrow");
        if (Files.exists(file)) {
            return new Prepared(file, footerDigest(file, table, scaleFactor, rows, allocator), false);
        }
        return writtenAside(file, partial -> writeFirst(table, scaleFactor, batchRows, rows, partial, allocator));
    }

    /** Writes one file's content into a partial file beside it and returns its digest. */
    private interface Writing {
        TableDigest write(Path partial) throws IOException;
    }

    /**
     * The file under its final name only when complete: {@code writing} fills a partial file beside it, which is
     * moved into place if it returns, and removed if it throws.
     */
    private static Prepared writtenAside(Path file, Writing writing) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
        try {
            TableDigest written = writing.write(partial);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return new Prepared(file, written, true);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * The file of the table's first {@code rows} rows ({@link #prepareFirst}), or of all of them ({@link #prepare},
     * against the suite's digest cache) when that is as many as the table has, in the run's scratch folder (removed
     * with it). The fork that generates the file prints what that took into JMH's log: a once-per-run cost no timed
     * region holds.
     */
    public static Prepared prepareForRun(TpchTable table, double scaleFactor, int batchRows, long rows,
            BufferAllocator allocator) throws IOException {
        long started = System.nanoTime();
        Path folder = OutputDirs.scratchRoot().resolve("sources");
        Prepared prepared = rows >= TpchRowCounts.expectedRows(table, scaleFactor)
                ? prepare(folder, table, scaleFactor, batchRows,
                        new ExpectedDigestCache(ExpectedDigestCache.defaultFolder(), allocator), allocator)
                : prepareFirst(folder, table, scaleFactor, batchRows, rows, allocator);
        if (prepared.generatedNow()) {
            System.out.println("Source generated once for the run: " + prepared.file().getFileName() + ", "
                    + Numbers.grouped(Files.size(prepared.file())) + " bytes, in "
                    + Numbers.fixed((System.nanoTime() - started) / 1e9, 1) + " s (generate, digest, write, fsync)");
        }
        return prepared;
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

    /** The prefix in memory, its digest into the footer, then its batches unchanged into {@code file}. */
    private static TableDigest writeFirst(TpchTable table, double scaleFactor, int batchRows, long rows, Path file,
            BufferAllocator allocator) throws IOException {
        try (ArrowTable first = TpchArrowGenerator.generateFirst(table, scaleFactor, batchRows, rows, allocator);
             VectorSchemaRoot root = VectorSchemaRoot.create(first.schema(), allocator)) {
            TableDigest digest = TableDigest.of(first.schema(), first.batches());
            Map<String, String> footer = Map.of(FOOTER_DIGEST, ExpectedDigestCache.format(table, scaleFactor, digest));
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 ArrowFileWriter writer = new ArrowFileWriter(root, null, channel, footer)) {
                VectorLoader loader = new VectorLoader(root);
                writer.start();
                for (VectorSchemaRoot batch : first.batches()) {
                    try (ArrowRecordBatch unloaded = new VectorUnloader(batch).getRecordBatch()) {
                        loader.load(unloaded);
                    }
                    writer.writeBatch();
                }
                writer.end();
                channel.force(true);
            }
            return digest;
        }
    }

    /** The expected digest in the footer of a file {@link #writeFirst} wrote, checked against what it should hold. */
    private static TableDigest footerDigest(Path file, TpchTable table, double scaleFactor, long rows,
            BufferAllocator allocator) throws IOException {
        try (ArrowFileReader reader = new ArrowFileReader(FileChannel.open(file, StandardOpenOption.READ), allocator)) {
            reader.getVectorSchemaRoot(); // reads the footer
            String text = reader.getMetaData().get(FOOTER_DIGEST);
            if (text == null) {
                throw new IllegalStateException(file + " has no expected digest in its footer");
            }
            TableDigest expected = ExpectedDigestCache.parse(text, table, scaleFactor);
            if (expected.rowCount() != rows) {
                throw new IllegalStateException(file + "'s footer digest is of " + Numbers.grouped(expected.rowCount())
                        + " rows, not the first " + Numbers.grouped(rows));
            }
            return expected;
        }
    }

    private static String baseName(TpchTable table, double scaleFactor, int batchRows) {
        return table.tableName() + "-sf" + ExpectedDigestCache.scaleFactorText(scaleFactor) + "-b" + batchRows;
    }

    /**
     * The file's batches, read one at a time, every buffer on an address native code accepts
     * ({@link AlignedFileReader}); the caller closes the reader.
     */
    public static ArrowFileReader open(Path file, BufferAllocator allocator) throws IOException {
        return new AlignedFileReader(FileChannel.open(file, StandardOpenOption.READ), allocator);
    }

    /**
     * The whole file in memory, in its batches, every column buffer copied into an allocation of its own as
     * the generator makes them (the reader's buffers are slices of one buffer per batch). Reading lineitem
     * SF 1 back without the copy took 1.3 s where generating it took 4.3 s (results/reference/gc-20261203/).
     */
    public static ArrowTable load(Path file, BufferAllocator allocator) throws IOException {
        List<VectorSchemaRoot> batches = new ArrayList<>();
        // A plain reader: the copies are fresh, aligned allocations, so realigning first would copy twice.
        try (ArrowFileReader reader = new ArrowFileReader(FileChannel.open(file, StandardOpenOption.READ), allocator)) {
            VectorSchemaRoot read = reader.getVectorSchemaRoot();
            while (reader.loadNextBatch()) {
                VectorSchemaRoot copy = VectorSchemaRoot.create(read.getSchema(), allocator);
                batches.add(copy);
                for (int column = 0; column < read.getFieldVectors().size(); column++) {
                    copyBuffers(read.getVector(column), copy.getVector(column), allocator);
                }
                copy.setRowCount(read.getRowCount());
            }
            return new ArrowTable(read.getSchema(), batches);
        } catch (IOException | RuntimeException e) {
            batches.forEach(VectorSchemaRoot::close);
            throw e;
        }
    }

    private static void copyBuffers(FieldVector from, FieldVector to, BufferAllocator allocator) {
        List<ArrowBuf> copies = new ArrayList<>();
        try {
            for (ArrowBuf buffer : from.getFieldBuffers()) {
                long size = buffer.readableBytes();
                ArrowBuf copy = allocator.buffer(size);
                copy.setBytes(0, buffer, 0, size);
                copy.writerIndex(size);
                copies.add(copy);
            }
            // The vector takes its own references to the copies.
            to.loadFieldBuffers(new ArrowFieldNode(from.getValueCount(), from.getNullCount()), copies);
        } finally {
            copies.forEach(ArrowBuf::close);
        }
    }

    /** The digest of the whole file, read batch by batch. */
    @Override
    public TableDigest digest(Path file, BufferAllocator allocator) throws IOException {
        try (ArrowFileReader reader = open(file, allocator)) {
            return TableDigest.of(reader);
        }
    }
}
