package dev.tpchbench.source;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.message.ArrowFieldNode;

/**
 * An Arrow IPC file reader whose batches can be handed to native code. Arrow Java reads a batch's body into
 * one buffer and slices the column buffers out of it at 8-byte offsets, but arrow-rs (Lance) requires
 * Decimal128 values at 16-byte addresses and aborts the whole JVM when imported over C Data otherwise
 * ("Memory pointer from external source (e.g, FFI) is not aligned"). So every buffer not on a 16-byte
 * address is copied into a fresh one after each load; {@link #bytesRealigned()} says how much that was.
 */
final class AlignedFileReader extends ArrowFileReader {
    static final int ALIGNMENT = 16;

    private final BufferAllocator allocator;
    private long bytesRealigned;

    AlignedFileReader(SeekableByteChannel in, BufferAllocator allocator) {
        super(in, allocator);
        this.allocator = allocator;
    }

    @Override
    public boolean loadNextBatch() throws IOException {
        if (!super.loadNextBatch()) {
            return false;
        }
        for (FieldVector vector : getVectorSchemaRoot().getFieldVectors()) {
            realign(vector);
        }
        return true;
    }

    /** Bytes copied so far because a buffer was not on a {@value #ALIGNMENT}-byte address. */
    long bytesRealigned() {
        return bytesRealigned;
    }

    private void realign(FieldVector vector) {
        List<ArrowBuf> buffers = vector.getFieldBuffers();
        if (buffers.stream().allMatch(b -> b.memoryAddress() % ALIGNMENT == 0)) {
            return;
        }
        List<ArrowBuf> aligned = new ArrayList<>(buffers.size());
        try {
            for (ArrowBuf buffer : buffers) {
                long size = buffer.readableBytes();
                ArrowBuf copy = allocator.buffer(size);
                copy.setBytes(0, buffer, 0, size);
                copy.writerIndex(size);
                aligned.add(copy);
                bytesRealigned += size;
            }
            // The vector takes its own references to the copies and releases the sliced originals.
            vector.loadFieldBuffers(new ArrowFieldNode(vector.getValueCount(), vector.getNullCount()), aligned);
        } finally {
            aligned.forEach(ArrowBuf::close);
        }
    }
}
