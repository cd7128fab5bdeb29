import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

import dev.tpchbench.bench.WriteIteration;
import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.gate.OutputCheck;
import dev.tpchbench.measure.FullCollection;
import dev.tpchbench.output.OutputDirs;
import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.tpch.TpchArrowGenerator;
import dev.tpchbench.tpch.TpchTable;
import dev.tpchbench.write.ParquetCodec;
import dev.tpchbench.write.ParquetDatasetReader;
import dev.tpchbench.write.ParquetHadoopWriter;

/**
 * Five write iterations of ParquetWriteBenchmark (lineitem SF 1, UNCOMPRESSED) outside JMH, the same steps as
 * WriteIteration and DatasetWriteState, each timed: where a write iteration's untimed time goes (README).
 * The process exits without freeing the table: a probe, not a benchmark.
 */
public class IterationProbe {
    private static long lapStart;

    private static void lap(String step) {
        long now = System.nanoTime();
        System.out.printf(Locale.ROOT, "  %-7s %.2f s%n", step, (now - lapStart) / 1e9);
        lapStart = now;
    }

    public static void main(String[] args) throws Exception {
        BufferAllocator allocator = new RootAllocator();
        ArrowTable table = TpchArrowGenerator.generate(TpchTable.LINEITEM, 1, 65536, allocator);
        TableDigest expected = TableDigest.of(table.schema(), table.batches());
        BenchmarkId id = new BenchmarkId("dev.tpchbench.bench.ParquetWriteBenchmark.writeTable",
                Map.of("table", "lineitem", "codec", "UNCOMPRESSED"));
        for (int i = 0; i < 5; i++) {
            System.out.println("iteration " + i);
            lapStart = System.nanoTime();
            WriteIteration iteration = WriteIteration.start(id, allocator);
            Path target = iteration.target();
            lap("start");
            new ParquetHadoopWriter(ParquetCodec.parse("UNCOMPRESSED")).write(table, target);
            lap("write");
            OutputDirs.sizeOnDisk(target);
            lap("size");
            OutputCheck.verify(id, new ParquetDatasetReader(), target, expected, allocator);
            lap("verify");
            OutputDirs.deleteTarget(target);
            lap("delete");
            FullCollection.collect();
            lap("gc");
        }
        System.exit(0);
    }
}
