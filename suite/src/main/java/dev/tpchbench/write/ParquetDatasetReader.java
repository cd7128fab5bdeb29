package dev.tpchbench.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.arrow.dataset.file.FileFormat;
import org.apache.arrow.dataset.file.FileSystemDatasetFactory;
import org.apache.arrow.dataset.jni.NativeMemoryPool;
import org.apache.arrow.dataset.scanner.ScanOptions;
import org.apache.arrow.dataset.scanner.Scanner;
import org.apache.arrow.dataset.source.Dataset;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

import dev.tpchbench.digest.TableDigest;

/**
 * Reads every {@code *.parquet} file in a folder with Arrow's C++ Parquet reader (arrow-dataset), not
 * with parquet-hadoop, so that the Java writer's output is checked by an independent implementation.
 *
 * <p>Files are read one at a time in file-name order (shorter names first, so part-2 precedes part-10),
 * each in its own single-file scan, which keeps the row order of the files. Types come back as Arrow
 * maps the Parquet types: INT64 DECIMAL(15,2) as Decimal128(15,2), INT32 DATE as Date32, STRING as
 * Utf8; the digest carries them, so any other mapping shows up as a type difference.
 *
 * <p>The Java API runs a scan's decoding on one thread, so the columns are split into one group per core
 * and each group is scanned and digested on its own thread, every file in order; the groups' digests are put
 * side by side ({@link TableDigest#sideBySide}). After a parquet-hadoop write of lineitem SF 1 that took the read-back
 * from 4.9 to 2.9 s (medians, SNAPPY) and a nightly lineitem fork from 99 to 71 s (interleaved, 3 rounds); half of a
 * one-scan read-back's CPU was the kernel zeroing fresh pages for the decoded batches (results/reference/readback-20261206/).
 */
public final class ParquetDatasetReader implements DatasetReader {
    private static final long SCAN_BATCH_ROWS = 64 * 1024;

    private final int groups;

    /** One column group per available processor. */
    public ParquetDatasetReader() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** At most {@code groups} column groups read side by side; 1 reads every column in one scan. */
    ParquetDatasetReader(int groups) {
        if (groups < 1) {
            throw new IllegalArgumentException("column groups must be at least 1, got " + groups);
        }
        this.groups = groups;
    }

    @Override
    public TableDigest digest(Path target, BufferAllocator allocator) throws IOException {
        List<Path> files = parquetFiles(target);
        List<String> names = new ArrayList<>();
        for (Field field : sameSchema(files, allocator).getFields()) {
            names.add(field.getName());
        }
        List<List<String>> columnGroups = split(names, groups);
        if (columnGroups.size() == 1) {
            return digestColumns(files, Optional.empty(), allocator);
        }
        ExecutorService threads = Executors.newFixedThreadPool(columnGroups.size());
        try {
            List<Future<TableDigest>> scans = new ArrayList<>();
            for (List<String> group : columnGroups) {
                Optional<String[]> columns = Optional.of(group.toArray(new String[0]));
                scans.add(threads.submit(() -> digestColumns(files, columns, allocator)));
            }
            List<TableDigest> digests = new ArrayList<>();
            for (Future<TableDigest> scan : scans) {
                digests.add(resultOf(scan));
            }
            return TableDigest.sideBySide(names, digests);
        } finally {
            threads.shutdownNow();
        }
    }

    /** The columns dealt round-robin into at most {@code groups} groups (neighbours apart: wide and narrow mix). */
    static List<List<String>> split(List<String> columns, int groups) {
        if (new HashSet<>(columns).size() != columns.size()) {
            // A projection names its columns: a repeated name cannot be read as a group.
            return List.of(columns);
        }
        int count = Math.max(1, Math.min(groups, columns.size()));
        List<List<String>> split = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            split.add(new ArrayList<>());
        }
        for (int c = 0; c < columns.size(); c++) {
            split.get(c % count).add(columns.get(c));
        }
        return split;
    }

    /** The schema every file declares (read from the footers); a file that differs from the first is an error. */
    private static Schema sameSchema(List<Path> files, BufferAllocator allocator) throws IOException {
        Schema first = null;
        for (Path file : files) {
            Schema schema;
            try (FileSystemDatasetFactory factory = factory(file, allocator)) {
                schema = factory.inspect();
            } catch (RuntimeException e) {
                throw new IOException("cannot read the Parquet footer of " + file + ": " + e.getMessage(), e);
            }
            if (first == null) {
                first = schema;
            } else if (!schema.getFields().equals(first.getFields())) {
                throw new IOException(file + " has schema " + schema + ", the first file " + first);
            }
        }
        return first;
    }

    /** The digest of {@code columns} (all when empty) over every file in order, from one scan per file. */
    private static TableDigest digestColumns(List<Path> files, Optional<String[]> columns, BufferAllocator allocator)
            throws IOException {
        TableDigest.Builder digest = null;
        for (Path file : files) {
            try (FileSystemDatasetFactory factory = factory(file, allocator);
                 Dataset dataset = factory.finish();
                 Scanner scanner = dataset.newScan(new ScanOptions(SCAN_BATCH_ROWS, columns));
                 ArrowReader batches = scanner.scanBatches()) {
                if (digest == null) {
                    digest = TableDigest.builder(batches.getVectorSchemaRoot().getSchema());
                }
                while (batches.loadNextBatch()) {
                    digest.add(batches.getVectorSchemaRoot());
                }
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("closing the native Parquet scan of " + file + " failed", e);
            }
        }
        return digest.build();
    }

    private static FileSystemDatasetFactory factory(Path file, BufferAllocator allocator) {
        return new FileSystemDatasetFactory(allocator, NativeMemoryPool.getDefault(), FileFormat.PARQUET,
                file.toUri().toString());
    }

    private static TableDigest resultOf(Future<TableDigest> scan) throws IOException {
        try {
            return scan.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading back", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IOException(cause);
        }
    }

    /** The folder's Parquet files in read order; fails if there are none. */
    static List<Path> parquetFiles(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            throw new IOException(target + " is not a directory");
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(target)) {
            files = entries.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".parquet"))
                    .sorted(Comparator.comparingInt((Path p) -> p.getFileName().toString().length())
                            .thenComparing(p -> p.getFileName().toString()))
                    .collect(Collectors.toList());
        }
        if (files.isEmpty()) {
            throw new IOException(target + " holds no .parquet file");
        }
        return files;
    }
}
