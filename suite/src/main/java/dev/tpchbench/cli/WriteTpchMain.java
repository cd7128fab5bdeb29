package dev.tpchbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.output.OutputDirs;
import dev.tpchbench.tpch.TpchArrowGenerator;
import dev.tpchbench.tpch.TpchTable;
import dev.tpchbench.write.DatasetReader;
import dev.tpchbench.write.DatasetWriter;
import dev.tpchbench.write.LanceDatasetReader;
import dev.tpchbench.write.LanceDatasetWriter;
import dev.tpchbench.write.LanceWriteSettings;
import dev.tpchbench.write.ParquetCodec;
import dev.tpchbench.write.ParquetDatasetReader;
import dev.tpchbench.write.ParquetHadoopWriter;
import dev.tpchbench.write.WriteResult;

/**
 * {@code scripts/write-tpch} / {@code mvn jmh:write-tpch}: writes one TPC-H table with the suite's own
 * writers into a folder that is kept, reads it back and checks it against the source, so users can
 * open it in DuckDB, LanceDB or anything else. Knobs: jmh.table, jmh.scaleFactor, jmh.format
 * (lance|parquet), jmh.out, optional jmh.batchRows (65536), jmh.codec (SNAPPY, parquet only),
 * jmh.storageVersion (2.1, lance only). Exit: 0 written and verified, 1 failed, 2 bad arguments.
 */
public final class WriteTpchMain {
    private WriteTpchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(System.getProperty("jmh.table"), System.getProperty("jmh.scaleFactor"),
                System.getProperty("jmh.format"), System.getProperty("jmh.out"),
                System.getProperty("jmh.batchRows", "65536"), System.getProperty("jmh.codec", "SNAPPY"),
                System.getProperty("jmh.storageVersion", LanceWriteSettings.DEFAULTS.storageVersion())));
    }

    static int run(String table, String scaleFactor, String format, String out, String batchRows, String codec,
            String storageVersion) {
        TpchTable tpchTable;
        double sf;
        int rows;
        Path target;
        boolean lance;
        try {
            tpchTable = TpchTable.parse(required("--table", table));
            sf = positiveNumber("--scale-factor", required("--scale-factor", scaleFactor));
            rows = (int) positiveNumber("--batch-rows", batchRows);
            String f = required("--format", format).toLowerCase(Locale.ROOT);
            if (!f.equals("lance") && !f.equals("parquet")) {
                throw new IllegalArgumentException("--format must be lance or parquet, got '" + format + "'");
            }
            lance = f.equals("lance");
            target = Paths.get(required("--out", out)).toAbsolutePath().normalize();
            refuseNonEmpty(target);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("write-tpch: " + e.getMessage());
            System.err.println("usage: scripts/write-tpch --table NAME --scale-factor SF --format lance|parquet "
                    + "--out DIR [--batch-rows N] [--codec UNCOMPRESSED|SNAPPY|ZSTD] [--storage-version 2.1]");
            return 2;
        }
        try (BufferAllocator allocator = new RootAllocator()) {
            long started = System.nanoTime();
            try (ArrowTable source = TpchArrowGenerator.generate(tpchTable, sf, rows, allocator)) {
                long generated = System.nanoTime();
                DatasetWriter writer = lance
                        ? new LanceDatasetWriter(LanceWriteSettings.DEFAULTS.withStorageVersion(storageVersion), allocator)
                        : new ParquetHadoopWriter(ParquetCodec.parse(codec));
                WriteResult result = writer.write(source, target);
                long written = System.nanoTime();
                DatasetReader reader = lance ? new LanceDatasetReader() : new ParquetDatasetReader();
                TableDigest expected = TableDigest.of(source.schema(), source.batches());
                TableDigest actual = reader.digest(target, allocator);
                String difference = actual.differenceFrom(expected).orElse(null);
                System.out.printf(Locale.ROOT, "%s SF %s: %,d rows generated in %.1f s, written as %s to %s in %.1f s, "
                        + "%,d bytes on disk%n", tpchTable.tableName(), scaleFactor, source.rowCount(),
                        (generated - started) / 1e9, writer.describe(), target, (written - generated) / 1e9,
                        OutputDirs.sizeOnDisk(target));
                if (difference != null) {
                    System.err.println("write-tpch: the output does not match the source: " + difference);
                    return 1;
                }
                System.out.printf(Locale.ROOT, "verified: %,d rows read back equal the source%n", actual.rowCount());
                return 0;
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("write-tpch: failed: " + e);
            return 1;
        }
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.trim();
    }

    private static double positiveNumber(String name, String value) {
        try {
            double number = Double.parseDouble(value.trim());
            if (number > 0 && !Double.isInfinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a number > 0, got '" + value + "'");
    }

    /** An existing non-empty --out is refused: never overwrite or mix with what is there. */
    private static void refuseNonEmpty(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new IllegalArgumentException("--out " + target + " exists and is not a folder; choose a new path");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException("--out " + target + " exists and is not empty; refusing to overwrite "
                        + "it (choose a new or empty folder)");
            }
        }
    }
}
