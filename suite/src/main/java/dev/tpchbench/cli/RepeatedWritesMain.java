package dev.tpchbench.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.measure.MemorySample;
import dev.tpchbench.measure.RepeatedWrites;
import dev.tpchbench.output.OutputDirs;
import dev.tpchbench.runner.Environment;
import dev.tpchbench.tpch.TpchArrowGenerator;
import dev.tpchbench.tpch.TpchTable;
import dev.tpchbench.write.LanceDatasetReader;
import dev.tpchbench.write.LanceDatasetWriter;
import dev.tpchbench.write.LanceWriteSettings;

/**
 * {@code scripts/repeated-writes}: writes one small TPC-H table N times as Lance in this JVM (each into a
 * fresh folder, deleted after the write) and prints, before the first write and every K writes, one CSV
 * line of where memory is (see {@link dev.tpchbench.measure.MemorySample}). Lines starting with '#' say
 * what ran. Options: --writes 1000 --every 50 --table lineitem --scale-factor 0.01 --batch-rows 65536
 * --storage-version 2.1 --scratch DIR --read-back false (true: read every dataset back and compare it with
 * the source before deleting it, as the benchmarks' iteration teardown does). Exit: 0 done, 1 failed (a write, a leak), 2 bad arguments.
 */
public final class RepeatedWritesMain {
    private RepeatedWritesMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("--writes", "1000");
        options.put("--every", "50");
        options.put("--table", "lineitem");
        options.put("--scale-factor", "0.01");
        options.put("--batch-rows", "65536");
        options.put("--storage-version", LanceWriteSettings.DEFAULTS.storageVersion());
        options.put("--scratch", System.getProperty("java.io.tmpdir"));
        options.put("--read-back", "false");
        TpchTable table;
        double scaleFactor;
        int writes;
        int every;
        int batchRows;
        LanceWriteSettings settings;
        boolean readBack;
        try {
            for (int i = 0; i < args.length; i += 2) {
                if (!options.containsKey(args[i]) || i + 1 >= args.length) {
                    throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
                }
                options.put(args[i], args[i + 1]);
            }
            table = TpchTable.parse(options.get("--table"));
            scaleFactor = Double.parseDouble(options.get("--scale-factor"));
            writes = positive("--writes", options.get("--writes"));
            every = positive("--every", options.get("--every"));
            batchRows = positive("--batch-rows", options.get("--batch-rows"));
            settings = LanceWriteSettings.DEFAULTS.withStorageVersion(options.get("--storage-version"));
            readBack = bool("--read-back", options.get("--read-back"));
        } catch (IllegalArgumentException e) {
            System.err.println("repeated-writes: " + e.getMessage());
            System.err.println("options (defaults): " + options);
            return 2;
        }
        Path scratch = null;
        try (BufferAllocator root = new RootAllocator();
             BufferAllocator sourceAllocator = root.newChildAllocator("source", 0, Long.MAX_VALUE);
             BufferAllocator writeAllocator = root.newChildAllocator("writes", 0, Long.MAX_VALUE);
             ArrowTable source = TpchArrowGenerator.generate(table, scaleFactor, batchRows, sourceAllocator)) {
            scratch = Files.createTempDirectory(Paths.get(options.get("--scratch")), "repeated-writes-");
            LanceDatasetWriter writer = new LanceDatasetWriter(settings, writeAllocator);
            describe(options, source, writer, scratch);
            verifyOneWrite(writer, source, scratch, sourceAllocator);
            System.out.println(MemorySample.CSV_HEADER);
            // --read-back true: the benchmarks' check after every write (open, full-scan digest against the source)
            RepeatedWrites.AfterWrite afterWrite = readBack
                    ? target -> requireSame(source, new LanceDatasetReader().digest(target, sourceAllocator))
                    : RepeatedWrites.AfterWrite.NOTHING;
            new RepeatedWrites(writer, writeAllocator, scratch, afterWrite).run(source, sourceAllocator, writes, every,
                    sample -> {
                        System.out.println(sample.toCsv());
                        System.out.flush();
                    });
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("repeated-writes: failed: " + e);
            return 1;
        } finally {
            try {
                OutputDirs.deleteTree(scratch);
            } catch (IOException e) {
                System.err.println("repeated-writes: could not remove " + scratch + ": " + e.getMessage());
            }
        }
    }

    /** One write read back and compared with the source, so that the writes measured are real ones. */
    private static void verifyOneWrite(LanceDatasetWriter writer, ArrowTable source, Path scratch,
            BufferAllocator allocator) throws IOException {
        Path folder = Files.createTempDirectory(scratch, "verified-");
        try {
            writer.write(source, folder.resolve("dataset"));
            TableDigest actual = new LanceDatasetReader().digest(folder.resolve("dataset"), allocator);
            requireSame(source, actual);
            System.out.printf(Locale.ROOT, "# verified: a first write (not counted below) read back equal to the source, "
                    + "%,d rows%n", actual.rowCount());
        } finally {
            OutputDirs.deleteTree(folder);
        }
    }

    private static void requireSame(ArrowTable source, TableDigest actual) {
        String difference = actual.differenceFrom(TableDigest.of(source.schema(), source.batches())).orElse(null);
        if (difference != null) {
            throw new IllegalStateException("the written dataset differs from the source: " + difference);
        }
    }

    private static boolean bool(String name, String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException(name + " must be true or false, got '" + value + "'");
    }

    private static void describe(Map<String, String> options, ArrowTable source, LanceDatasetWriter writer,
            Path scratch) {
        System.out.printf(Locale.ROOT, "# repeated-writes %s%n", options);
        System.out.printf(Locale.ROOT, "# source: %,d rows in %d batches, %,d bytes of Arrow buffers; writer %s; scratch %s%n",
                source.rowCount(), source.batchCount(), source.bufferBytes(), writer.describe(), scratch);
        System.out.printf(Locale.ROOT, "# java %s (%s); versions %s%n", System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Environment.versions());
        System.out.printf(Locale.ROOT, "# jvm args %s%n", ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.printf(Locale.ROOT, "# MALLOC_ARENA_MAX=%s, cpus %d%n", System.getenv().getOrDefault("MALLOC_ARENA_MAX", "(unset)"),
                Runtime.getRuntime().availableProcessors());
    }

    private static int positive(String name, String value) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a whole number > 0, got '" + value + "'");
    }
}
