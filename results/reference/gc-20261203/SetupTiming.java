import java.nio.file.*;
import org.apache.arrow.memory.*;
import org.apache.arrow.vector.*;
import org.apache.arrow.vector.ipc.*;
import java.util.*;
import dev.tpchbench.tpch.*;
import dev.tpchbench.data.*;
import dev.tpchbench.digest.*;
import dev.tpchbench.source.*;
public class SetupTiming {
  public static void main(String[] a) throws Exception {
    long t0=System.nanoTime();
    try (BufferAllocator al = new RootAllocator()) {
      Path folder = Paths.get(a[0]);
      if (a[1].equals("gen")) {
        ArrowTable t = TpchArrowGenerator.generateFirst(TpchTable.LINEITEM, 1, 65536, Long.MAX_VALUE, al);
        long t1=System.nanoTime(); System.out.printf(Locale.ROOT, "generate %.2f s%n",(t1-t0)/1e9);
        TableDigest d = TableDigest.of(t.schema(), t.batches());
        long t2=System.nanoTime(); System.out.printf(Locale.ROOT, "digest %.2f s%n",(t2-t1)/1e9);
        t.close();
      } else if (a[1].equals("prep")) {
        ExpectedDigestCache c = new ExpectedDigestCache(folder.resolve("digests"), al);
        GeneratedTableFile.Prepared p = GeneratedTableFile.prepare(folder, TpchTable.LINEITEM, 1, 65536, c, al);
        System.out.printf(Locale.ROOT, "prepare %.2f s generatedNow=%s%n",(System.nanoTime()-t0)/1e9, p.generatedNow());
      } else {
        ExpectedDigestCache c = new ExpectedDigestCache(folder.resolve("digests"), al);
        GeneratedTableFile.Prepared p = GeneratedTableFile.prepare(folder, TpchTable.LINEITEM, 1, 65536, c, al);
        long t1=System.nanoTime(); System.out.printf(Locale.ROOT, "prepare (hit) %.2f s%n",(t1-t0)/1e9);
        List<VectorSchemaRoot> bs = new ArrayList<>();
        try (ArrowFileReader r = GeneratedTableFile.open(p.file(), al)) {
          VectorSchemaRoot root = r.getVectorSchemaRoot();
          while (r.loadNextBatch()) {
            List<FieldVector> vs = new ArrayList<>();
            for (FieldVector v : root.getFieldVectors()) { var tp = v.getTransferPair(al); tp.transfer(); vs.add((FieldVector) tp.getTo()); }
            bs.add(new VectorSchemaRoot(vs));
            bs.get(bs.size()-1).setRowCount(root.getRowCount());
          }
        }
        long t2=System.nanoTime(); System.out.printf(Locale.ROOT, "load %d batches %.2f s%n",bs.size(),(t2-t1)/1e9);
        bs.forEach(VectorSchemaRoot::close);
      }
    }
  }
}
