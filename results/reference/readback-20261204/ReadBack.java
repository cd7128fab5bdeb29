import java.nio.file.*;
import java.util.List; import java.util.Locale;
import org.apache.arrow.memory.*;
import org.apache.arrow.dataset.file.*;
import org.apache.arrow.dataset.jni.NativeMemoryPool;
import org.apache.arrow.dataset.scanner.*;
import org.apache.arrow.dataset.source.Dataset;
import org.apache.arrow.vector.ipc.ArrowReader;
import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.tpch.*;
import dev.tpchbench.write.*;

public class ReadBack {
  static long scan(Path dir, BufferAllocator a, boolean digest) throws Exception {
    long rows = 0;
    for (Path file : Files.list(dir).filter(p -> p.toString().endsWith(".parquet")).sorted().toList()) {
      try (FileSystemDatasetFactory f = new FileSystemDatasetFactory(a, NativeMemoryPool.getDefault(), FileFormat.PARQUET, file.toUri().toString());
           Dataset d = f.finish(); Scanner s = d.newScan(new ScanOptions(65536)); ArrowReader r = s.scanBatches()) {
        if (digest) { rows += TableDigest.of(r).rowCount(); }
        else while (r.loadNextBatch()) rows += r.getVectorSchemaRoot().getRowCount();
      }
    }
    return rows;
  }
  public static void main(String[] args) throws Exception {
    Path root = Files.createTempDirectory(Paths.get("/work"), "rb-");
    try (BufferAllocator a = new RootAllocator(); ArrowTable t = TpchArrowGenerator.generate(TpchTable.parse("lineitem"), 1.0, 65536, a)) {
      Path hadoop = root.resolve("hadoop"), nat = root.resolve("native");
      new ParquetHadoopWriter(ParquetCodec.valueOf("SNAPPY")).write(t, hadoop);
      new NativeParquetWriter(a).write(t, nat);
      for (Path p : List.of(hadoop, nat)) { long sz=0; for (Path f: Files.list(p).toList()) sz+=Files.size(f); System.out.println(p + " files " + Files.list(p).count() + " bytes " + sz); }
      for (int rep = 0; rep < 4; rep++) {
        for (Path p : List.of(hadoop, nat)) for (boolean dg : new boolean[]{false, true}) {
          System.gc();
          long t0 = System.nanoTime(); long rows = scan(p, a, dg); long t1 = System.nanoTime();
          System.out.printf(Locale.ROOT, "%d %-6s digest=%-5s rows=%d %.2f s%n", rep, p.getFileName(), dg, rows, (t1-t0)/1e9);
        }
      }
    } finally { new ProcessBuilder("rm","-rf",root.toString()).start().waitFor(); }
  }
}
