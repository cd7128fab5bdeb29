package dev.tpchbench.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.lance.Dataset;
import org.lance.ipc.LanceScanner;
import org.lance.ipc.ScanOptions;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.output.OutputDirs;
import dev.tpchbench.tpch.TpchArrowGenerator;
import dev.tpchbench.tpch.TpchTable;

/** Lance read-back after a Lance write of lineitem SF 1: LanceDatasetReader's one scan against two column groups on two threads (A B B A). */
public class LanceProbe {
    static TableDigest scan(Path target, BufferAllocator allocator, List<String> columns) throws Exception {
        try (Dataset dataset = Dataset.open(target.toString(), allocator);
             LanceScanner scanner = dataset.newScan(new ScanOptions.Builder().batchSize(65536).columns(columns).build());
             ArrowReader batches = scanner.scanBatches()) {
            return TableDigest.of(batches);
        }
    }

    public static void main(String[] args) throws Exception {
        BufferAllocator allocator = new RootAllocator();
        ArrowTable table = TpchArrowGenerator.generate(TpchTable.LINEITEM, 1, 65536, allocator);
        List<String> names = new ArrayList<>();
        table.schema().getFields().forEach(f -> names.add(f.getName()));
        List<List<String>> groups = ParquetDatasetReader.split(names, 2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Path base = Files.createTempDirectory("lance-probe");
        for (int i = 0; i < 12; i++) {
            Path target = base.resolve("d" + i).resolve("out");
            Files.createDirectories(target.getParent());
            long w0 = System.nanoTime();
            new LanceDatasetWriter(LanceWriteSettings.DEFAULTS, allocator).write(table, target);
            long w1 = System.nanoTime();
            boolean split = i % 4 == 1 || i % 4 == 2;
            long rows;
            if (split) {
                List<Future<TableDigest>> fs = new ArrayList<>();
                for (List<String> g : groups) {
                    fs.add(pool.submit(() -> scan(target, allocator, g)));
                }
                rows = 0;
                for (Future<TableDigest> f : fs) {
                    rows += f.get().rowCount();
                }
            } else {
                rows = new LanceDatasetReader().digest(target, allocator).rowCount();
            }
            long w2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%2d write %.2f s, read-back %s %.2f s (%d)%n", i, (w1 - w0) / 1e9,
                    split ? "2 groups" : "one scan", (w2 - w1) / 1e9, rows);
            OutputDirs.deleteTarget(target);
        }
        System.exit(0);
    }
}
