package dev.tpchbench.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
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
 */
public final class ParquetDatasetReader implements DatasetReader {
    private static final long SCAN_BATCH_ROWS = 64 * 1024;

    @Override
    public TableDigest digest(Path target, BufferAllocator allocator) throws IOException {
        TableDigest.Builder digest = null;
        Schema firstSchema = null;
        for (Path file : parquetFiles(target)) {
            try (FileSystemDatasetFactory factory = new FileSystemDatasetFactory(allocator,
                    NativeMemoryPool.getDefault(), FileFormat.PARQUET, file.toUri().toString());
                 Dataset dataset = factory.finish();
                 Scanner scanner = dataset.newScan(new ScanOptions(SCAN_BATCH_ROWS));
                 ArrowReader batches = scanner.scanBatches()) {
                Schema schema = batches.getVectorSchemaRoot().getSchema();
                if (digest == null) {
                    firstSchema = schema;
                    digest = TableDigest.builder(schema);
                } else if (!schema.getFields().equals(firstSchema.getFields())) {
                    throw new IOException(file + " has schema " + schema + ", the first file " + firstSchema);
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
