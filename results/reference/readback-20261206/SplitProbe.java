import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.arrow.dataset.file.FileFormat;
import org.apache.arrow.dataset.file.FileSystemDatasetFactory;
import org.apache.arrow.dataset.jni.NativeMemoryPool;
import org.apache.arrow.dataset.scanner.ScanOptions;
import org.apache.arrow.dataset.scanner.Scanner;
import org.apache.arrow.dataset.source.Dataset;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.tpch.TpchArrowGenerator;
import dev.tpchbench.tpch.TpchTable;
import dev.tpchbench.write.ParquetCodec;
import dev.tpchbench.write.ParquetDatasetReader;
import dev.tpchbench.write.ParquetHadoopWriter;

/** The Parquet read-back digest now (one scan) against N scans of a share of the columns each, on N threads. */
public class SplitProbe {
    static TableDigest scanColumns(BufferAllocator allocator, Path file, String[] columns) throws Exception {
        try (FileSystemDatasetFactory factory = new FileSystemDatasetFactory(allocator,
                NativeMemoryPool.getDefault(), FileFormat.PARQUET, file.toUri().toString());
             Dataset dataset = factory.finish();
             Scanner scanner = dataset.newScan(new ScanOptions(Long.getLong("batch", 65536), Optional.of(columns)));
             ArrowReader batches = scanner.scanBatches()) {
            return TableDigest.of(batches);
        }
    }

    public static void main(String[] args) throws Exception {
        String codec = args.length > 0 ? args[0] : "UNCOMPRESSED";
        int parts = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        BufferAllocator allocator = new RootAllocator();
        ArrowTable table = TpchArrowGenerator.generate(TpchTable.LINEITEM, 1, 65536, allocator);
        Path target = Files.createTempDirectory("split-probe");
        Path file = target.resolve("part-0.parquet");
        List<String> names = new ArrayList<>();
        table.schema().getFields().forEach(f -> names.add(f.getName()));
        ExecutorService pool = Executors.newFixedThreadPool(parts);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < 12; i++) {
            Files.deleteIfExists(file);
            long w0 = System.nanoTime();
            new ParquetHadoopWriter(ParquetCodec.parse(codec)).write(table, target);
            long w1 = System.nanoTime();
            long t0, t1;
            if (args.length > 2) {
                Thread.sleep(Long.parseLong(args[2]));
            }
            long c0 = os.getProcessCpuTime();
            String what;
            boolean prof = System.getProperty("prof") != null && i >= 4 && i % 2 == 0;
            if (prof) {
                one.profiler.AsyncProfiler.getInstance(System.getProperty("prof")).execute("resume,event=cpu,interval=1ms,cstack=vm");
            }
            if (i % 2 == 0) {
                t0 = System.nanoTime();
                TableDigest d = new ParquetDatasetReader().digest(target, allocator);
                t1 = System.nanoTime();
                what = "one scan        " + d.rowCount();
            } else {
                t0 = System.nanoTime();
                List<Future<TableDigest>> futures = new ArrayList<>();
                for (int p = 0; p < parts; p++) {
                    List<String> mine = new ArrayList<>();
                    for (int c = p; c < names.size(); c += parts) {
                        mine.add(names.get(c));
                    }
                    String[] cols = mine.toArray(new String[0]);
                    futures.add(pool.submit(() -> scanColumns(allocator, file, cols)));
                }
                long rows = 0;
                for (Future<TableDigest> f : futures) {
                    rows += f.get().rowCount();
                }
                t1 = System.nanoTime();
                what = parts + " column scans " + rows;
            }
            long c1 = os.getProcessCpuTime();
            if (prof) {
                one.profiler.AsyncProfiler.getInstance(System.getProperty("prof")).execute("stop");
            }
            System.out.printf(Locale.ROOT, "%s write %.2f s, %s: %.2f s, cpu %.2f s%n", codec, (w1 - w0) / 1e9, what, (t1 - t0) / 1e9, (c1 - c0) / 1e9);
        }
        Files.deleteIfExists(file);
        Files.delete(target);
        if (System.getProperty("prof") != null) {
            one.profiler.AsyncProfiler.getInstance(System.getProperty("prof")).execute("dump,collapsed,file=scan.collapsed");
        }
        System.exit(0);
    }
}
