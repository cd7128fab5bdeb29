package dev.tpchbench.tpch;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import com.sun.management.OperatingSystemMXBean;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * Times {@link TpchArrowGenerator#generate} outside JMH, to check the generation budget by hand:
 * {@code GenerateTimingMain <table> <scaleFactor> <batchRows> [repeats]}. The first repeat includes
 * the one-time text pool the generator builds.
 */
public final class GenerateTimingMain {
    // CPU time shows how much of a slow run was other processes on a shared machine.
    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private GenerateTimingMain() {
    }

    public static void main(String[] args) {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: GenerateTimingMain <table> <scaleFactor> <batchRows> [repeats]");
            System.exit(2);
        }
        TpchTable table = TpchTable.parse(args[0]);
        double scaleFactor = Double.parseDouble(args[1]);
        int batchRows = Integer.parseInt(args[2]);
        int repeats = args.length == 4 ? Integer.parseInt(args[3]) : 1;
        try (BufferAllocator allocator = new RootAllocator()) {
            for (int run = 1; run <= repeats; run++) {
                long start = System.nanoTime();
                long cpuStart = PROCESS.getProcessCpuTime();
                try (ArrowTable generated = TpchArrowGenerator.generate(table, scaleFactor, batchRows, allocator)) {
                    double generateSeconds = (System.nanoTime() - start) / 1e9;
                    double cpuSeconds = (PROCESS.getProcessCpuTime() - cpuStart) / 1e9;
                    long digestStart = System.nanoTime();
                    TableDigest digest = TableDigest.of(generated.schema(), generated.batches());
                    double digestSeconds = (System.nanoTime() - digestStart) / 1e9;
                    System.out.printf(Locale.ROOT,
                            "run %d: %s sf=%s rows=%,d batches=%d bytes=%,d generate=%.3f s (process cpu %.3f s)"
                                    + " digest=%.3f s%n",
                            run, table.tableName(), args[1], generated.rowCount(), generated.batchCount(),
                            generated.bufferBytes(), generateSeconds, cpuSeconds, digestSeconds);
                    if (run == 1) {
                        System.out.println("digest: " + digest);
                    }
                }
            }
        }
    }
}
