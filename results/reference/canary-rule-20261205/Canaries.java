import java.io.FileWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;

/** Candidate canary works, each timed (thread CPU time) once a second in turn, beside a benchmark run.
 *  Usage: java Canaries.java OUT.jsonl (stops when STOP exists beside OUT). One JSON line per timing. */
public class Canaries {
    static final int TABLE = 1 << 15;
    static final long[] table = new long[TABLE];
    static final byte[] src = new byte[16 << 20], dst = new byte[16 << 20];
    static final int[] unsorted = new Random(1).ints(100_000).toArray();
    static final HashMap<Long, Long> map = new HashMap<>();
    static final Object[] ring = new Object[8192];
    static { Arrays.fill(ring, new long[6]); }
    static long sink = 1;

    static long lcg() {  // the suite's work, lcg-256k-700k
        long x = sink | 1;
        for (int i = 0; i < 700_000; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            int slot = (int) (x >>> 49) & (TABLE - 1);
            table[slot] += x;
            x ^= table[(slot + 1) & (TABLE - 1)];
        }
        return x;
    }

    static long memcpy() {  // 2 x 16 MB: memory bandwidth, past the caches
        System.arraycopy(src, 0, dst, 0, src.length);
        System.arraycopy(dst, 0, src, 0, src.length);
        return dst[(int) (sink & 1023)];
    }

    static long sort() {  // branch mispredictions and cache: sort 100k random ints
        int[] a = unsorted.clone();
        Arrays.sort(a);
        return a[(int) (sink & 1023)];
    }

    static long hashmap() {  // dependent random lookups in a 64 MB-ish map: memory latency
        long k = sink & 0xFFFFF, s = 0;
        for (int i = 0; i < 15_000; i++) {
            Long v = map.get(k);
            s += v;
            k = (v * 2654435761L + i) & 0xFFFFF;
        }
        return s;
    }

    static final int[] next = new int[16 << 20];

    static long chase() {  // 30k dependent loads through a random cycle over 64 MB: memory latency, no objects
        int i = (int) (sink & 0xFFFF);
        for (int k = 0; k < 30_000; k++) {
            i = next[i];
        }
        return i;
    }

    static long alloc() {  // allocation and some survivors: 400k small arrays through a ring
        long s = 0;
        for (int i = 0; i < 400_000; i++) {
            long[] o = new long[6];
            o[0] = i;
            ring[i & 8191] = o;
            s += ((long[]) ring[(i * 31) & 8191])[0];
        }
        return s;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        Path stop = out.getParent().resolve("STOP");
        for (long i = 0; i < (1 << 20); i++) map.put(i, (i * 7919) & 0xFFFFF);
        new Random(2).nextBytes(src);
        for (int i = 0; i < next.length; i++) next[i] = i;
        Random shuffle = new Random(3);
        for (int i = next.length - 1; i > 0; i--) {  // Sattolo: one cycle through every slot
            int j = shuffle.nextInt(i);
            int t = next[i]; next[i] = next[j]; next[j] = t;
        }
        String[] names = {"lcg", "memcpy", "sort", "hashmap", "alloc", "chase"};
        LongSupplier[] works = {Canaries::lcg, Canaries::memcpy, Canaries::sort, Canaries::hashmap, Canaries::alloc,
                Canaries::chase};
        for (int w = 0; w < 30; w++) for (LongSupplier s : works) sink += s.getAsLong();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (PrintWriter pw = new PrintWriter(new FileWriter(out.toFile(), true))) {
            while (!Files.exists(stop)) {
                for (int i = 0; i < works.length; i++) {
                    double t = System.currentTimeMillis() / 1000.0;
                    long w0 = System.nanoTime(), c0 = mx.getCurrentThreadCpuTime();
                    sink += works[i].getAsLong();
                    long c1 = mx.getCurrentThreadCpuTime(), w1 = System.nanoTime();
                    pw.println(String.format(Locale.ROOT, "{\"t\": %.3f, \"work\": \"%s\", \"cpu\": %.6f, \"wall\": %.6f}",
                            t, names[i], (c1 - c0) / 1e9, (w1 - w0) / 1e9));
                }
                pw.flush();
                Thread.sleep(1000);
            }
        }
        System.out.println(sink);
    }
}
