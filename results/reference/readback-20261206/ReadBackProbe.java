package dev.tpchbench.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.tpch.TpchArrowGenerator;
import dev.tpchbench.tpch.TpchTable;

/**
 * The Parquet read-back check of a lineitem SF 1 write (parquet-hadoop, the codec given) with one scan of every
 * column (ParquetDatasetReader(1), the reader before readback-20261206) and with one column group per core (the
 * default), each right after a write as in a write iteration, alternating A B B A. Prints every read-back and the
 * medians after the first four (warm-up). A probe outside JMH: the process exits without freeing the table.
 */
public class ReadBackProbe {
    public static void main(String[] args) throws Exception {
        ParquetCodec codec = ParquetCodec.parse(args.length > 0 ? args[0] : "SNAPPY");
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        BufferAllocator allocator = new RootAllocator();
        ArrowTable table = TpchArrowGenerator.generate(TpchTable.LINEITEM, 1, 65536, allocator);
        TableDigest expected = TableDigest.of(table.schema(), table.batches());
        Path target = Files.createTempDirectory("readback-probe").resolve("out");
        ParquetDatasetReader oneScan = new ParquetDatasetReader(1);
        ParquetDatasetReader groups = new ParquetDatasetReader();
        List<Double> oneTimes = new ArrayList<>();
        List<Double> groupTimes = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            boolean useGroups = i % 4 == 1 || i % 4 == 2; // A B B A
            long w0 = System.nanoTime();
            new ParquetHadoopWriter(codec).write(table, target);
            long w1 = System.nanoTime();
            TableDigest actual = (useGroups ? groups : oneScan).digest(target, allocator);
            long w2 = System.nanoTime();
            if (!actual.equals(expected)) {
                throw new IllegalStateException("read-back differs: " + actual.differenceFrom(expected));
            }
            double seconds = (w2 - w1) / 1e9;
            if (i >= 4) {
                (useGroups ? groupTimes : oneTimes).add(seconds);
            }
            System.out.printf(Locale.ROOT, "%2d write %.2f s, read-back %s %.2f s%n", i, (w1 - w0) / 1e9,
                    useGroups ? "column groups" : "one scan     ", seconds);
            Files.delete(target.resolve(ParquetHadoopWriter.FILE_NAME));
            Files.delete(target);
        }
        System.out.printf(Locale.ROOT, "%s, %d processors: median read-back after warm-up: one scan %.2f s (n=%d), column groups %.2f s (n=%d), ratio %.2f%n",
                codec, Runtime.getRuntime().availableProcessors(), median(oneTimes), oneTimes.size(), median(groupTimes),
                groupTimes.size(), median(groupTimes) / median(oneTimes));
        Files.delete(target.getParent());
        System.exit(0);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
