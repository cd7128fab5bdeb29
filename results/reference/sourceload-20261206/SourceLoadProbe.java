package dev.tpchbench.source;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowFileReader;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.ExpectedDigestCache;
import dev.tpchbench.tpch.TpchTable;

/** Reading lineitem SF 1's file: the reader's bodies from the suite's Netty allocator or unzeroed; and the whole load. */
public final class SourceLoadProbe {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        try (BufferAllocator allocator = new RootAllocator()) {
            Path file = GeneratedTableFile.prepare(folder.resolve("sources"), TpchTable.LINEITEM, 1, 65536,
                    new ExpectedDigestCache(folder.resolve("digests"), allocator), allocator).file();
            for (int round = 0; round < rounds; round++) {
                double netty = readOnly(file, allocator);
                double unzeroed;
                try (BufferAllocator staging = new RootAllocator(RootAllocator.configBuilder()
                        .allocationManagerFactory(UnzeroedAllocationManager.FACTORY).build())) {
                    unzeroed = readOnly(file, staging);
                }
                long t0 = System.nanoTime();
                try (ArrowTable loaded = GeneratedTableFile.load(file, allocator)) {
                    double load = (System.nanoTime() - t0) / 1e9;
                    System.out.printf(Locale.ROOT, "round %d: read with Netty bodies %.2f s, unzeroed bodies %.2f s; load() %.2f s (%d batches)%n",
                            round + 1, netty, unzeroed, load, loaded.batchCount());
                }
            }
        }
    }

    private static double readOnly(Path file, BufferAllocator allocator) throws Exception {
        long t0 = System.nanoTime();
        try (ArrowFileReader reader = new ArrowFileReader(FileChannel.open(file, StandardOpenOption.READ), allocator)) {
            while (reader.loadNextBatch()) {
                // the bodies are read and released batch by batch
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
