package dev.tpchbench.source;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.message.ArrowFieldNode;

import dev.tpchbench.data.ArrowTable;

/** One load of the file in a fresh JVM, as a fork's set-up does it: "old" = the reader's bodies from the suite's allocator (before), "new" = GeneratedTableFile.load. */
public final class FreshLoadProbe {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        boolean old = args[1].equals("old");
        try (BufferAllocator allocator = new RootAllocator()) {
            long t0 = System.nanoTime();
            try (ArrowTable loaded = old ? oldLoad(file, allocator) : GeneratedTableFile.load(file, allocator)) {
                System.out.printf(Locale.ROOT, "%s %.2f s (%d batches)%n", args[1], (System.nanoTime() - t0) / 1e9, loaded.batchCount());
            }
        }
    }

    /** GeneratedTableFile.load as it was at 07c472c. */
    static ArrowTable oldLoad(Path file, BufferAllocator allocator) throws Exception {
        List<VectorSchemaRoot> batches = new ArrayList<>();
        try (ArrowFileReader reader = new ArrowFileReader(FileChannel.open(file, StandardOpenOption.READ), allocator)) {
            VectorSchemaRoot read = reader.getVectorSchemaRoot();
            while (reader.loadNextBatch()) {
                VectorSchemaRoot copy = VectorSchemaRoot.create(read.getSchema(), allocator);
                batches.add(copy);
                for (int column = 0; column < read.getFieldVectors().size(); column++) {
                    copyBuffers(read.getVector(column), copy.getVector(column), allocator);
                }
                copy.setRowCount(read.getRowCount());
            }
            return new ArrowTable(read.getSchema(), batches);
        }
    }

    private static void copyBuffers(FieldVector from, FieldVector to, BufferAllocator allocator) {
        List<ArrowBuf> copies = new ArrayList<>();
        try {
            for (ArrowBuf buffer : from.getFieldBuffers()) {
                long size = buffer.readableBytes();
                ArrowBuf copy = allocator.buffer(size);
                copy.setBytes(0, buffer, 0, size);
                copy.writerIndex(size);
                copies.add(copy);
            }
            to.loadFieldBuffers(new ArrowFieldNode(from.getValueCount(), from.getNullCount()), copies);
        } finally {
            copies.forEach(ArrowBuf::close);
        }
    }
}
