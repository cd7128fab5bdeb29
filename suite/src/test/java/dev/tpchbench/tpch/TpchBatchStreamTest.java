package dev.tpchbench.tpch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TpchBatchStreamTest {
    private final BufferAllocator allocator = new RootAllocator();

    @AfterEach
    void nothingLeaks() {
        assertEquals(0, allocator.getAllocatedMemory(), "bytes still allocated");
        allocator.close();
    }

    @Test
    void everyTableStreamsTheInMemoryBatchesOneForOne() {
        for (TpchTable table : TpchTable.values()) {
            assertStreamEqualsInMemory(table, 0.01, 333);
        }
    }

    /** Odd batch sizes, so batches straddle the streaming parts' boundaries and get joined. */
    @Test
    void customerOrdersAndLineitemStreamTheInMemoryBatchesOneForOne() {
        assertStreamEqualsInMemory(TpchTable.CUSTOMER, 0.1, 101);
        assertStreamEqualsInMemory(TpchTable.ORDERS, 0.05, 499);
        assertStreamEqualsInMemory(TpchTable.LINEITEM, 0.05, 1999);
    }

    /**
     * The stream holds at most its parts in flight (each about STREAM_PART_BATCHES batches, pieces rounded
     * up by the allocator), the batch being joined, the joined copy and the batch handed out.
     */
    @Test
    void peakMemoryFollowsTheBatchSizeNotTheTable() {
        for (Object[] c : new Object[][] {{TpchTable.CUSTOMER, 0.1, 101}, {TpchTable.ORDERS, 0.05, 499},
                {TpchTable.LINEITEM, 0.05, 1999}}) {
            TpchTable table = (TpchTable) c[0];
            double sf = (Double) c[1];
            int batchRows = (Integer) c[2];
            long wholeTable;
            long largestBatch;
            int batches;
            try (BufferAllocator inMemory = allocator.newChildAllocator("in-memory", 0, Long.MAX_VALUE);
                 ArrowTable whole = TpchArrowGenerator.generate(table, sf, batchRows, inMemory)) {
                wholeTable = inMemory.getAllocatedMemory();
                largestBatch = whole.batches().stream().mapToLong(TpchBatchStreamTest::accountedBytes).max()
                        .orElseThrow();
                batches = whole.batchCount();
            }
            long peak;
            long bound;
            try (BufferAllocator streaming = allocator.newChildAllocator("stream", 0, Long.MAX_VALUE);
                 TpchBatchStream stream = TpchBatchStream.open(table, sf, batchRows, streaming)) {
                drain(stream);
                peak = streaming.getPeakMemoryAllocation();
                // Joined batches grow by doubling in Arrow's appender: up to twice a built batch.
                long batchesHeld = (long) stream.partsAhead() * (TpchBatchStream.STREAM_PART_BATCHES + 1) + 4;
                bound = batchesHeld * largestBatch;
            }
            String what = table.tableName() + " SF " + sf + " in " + batches + " batches of " + batchRows
                    + ": peak " + peak + " B, bound " + bound + " B, whole table " + wholeTable + " B";
            assertTrue(peak <= bound, what);
            assertTrue(bound * 5 < wholeTable, "the bound must be far below the table: " + what);
        }
    }

    /** How far the parts run ahead depends on thread timing, so the peak varies a little, but not with the table. */
    @Test
    void peakMemoryStaysFlatWhenTheTableGrowsFiveFold() {
        long small = streamingPeak(TpchTable.LINEITEM, 0.02, 2048);
        long large = streamingPeak(TpchTable.LINEITEM, 0.1, 2048);
        assertTrue(large < small * 2, "peak at SF 0.02: " + small + " B, at SF 0.1: " + large + " B");
    }

    @Test
    void streamingCutsMoreAndSmallerPartsThanTheInMemoryLayout() {
        try (TpchBatchStream stream = TpchBatchStream.open(TpchTable.ORDERS, 0.01, 499, allocator)) {
            // 15,000 rows in parts of about 2 x 499 rows.
            assertEquals(16, stream.partCount());
            assertEquals(15_000, stream.plannedRows());
            assertTrue(stream.partsAhead() >= 2 && stream.partsAhead() <= stream.partCount(), "" + stream.partsAhead());
        }
        try (TpchBatchStream stream = TpchBatchStream.open(TpchTable.NATION, 1, 7, allocator)) {
            assertEquals(1, stream.partCount());
        }
    }

    @Test
    void closingEarlyFreesEveryBatchNotHandedOut() {
        try (TpchBatchStream stream = TpchBatchStream.open(TpchTable.LINEITEM, 0.01, 1000, allocator)) {
            for (int i = 0; i < 3; i++) {
                try (VectorSchemaRoot batch = stream.next()) {
                    assertEquals(1000, batch.getRowCount());
                }
            }
            assertEquals(3_000, stream.rowsDelivered());
        }
        TpchBatchStream.open(TpchTable.ORDERS, 0.01, 100, allocator).close();
        // allocator checked empty after the test
    }

    /** Streams share the JVM's generator threads; two taken in turn must not wait on each other's parts. */
    @Test
    void twoStreamsOpenAtOnceEachDeliverTheirTable() {
        TableDigest orders;
        TableDigest lineitem;
        try (ArrowTable o = TpchArrowGenerator.generate(TpchTable.ORDERS, 0.02, 499, allocator);
             ArrowTable l = TpchArrowGenerator.generate(TpchTable.LINEITEM, 0.02, 1999, allocator)) {
            orders = TableDigest.of(o.schema(), o.batches());
            lineitem = TableDigest.of(l.schema(), l.batches());
        }
        try (TpchBatchStream o = TpchBatchStream.open(TpchTable.ORDERS, 0.02, 499, allocator);
             TpchBatchStream l = TpchBatchStream.open(TpchTable.LINEITEM, 0.02, 1999, allocator)) {
            TableDigest.Builder streamedOrders = TableDigest.builder(o.schema());
            TableDigest.Builder streamedLineitem = TableDigest.builder(l.schema());
            boolean ordersLeft = true;
            boolean lineitemLeft = true;
            while (ordersLeft || lineitemLeft) {
                ordersLeft = ordersLeft && takeInto(o, streamedOrders);
                lineitemLeft = lineitemLeft && takeInto(l, streamedLineitem);
            }
            assertEquals(orders, streamedOrders.build());
            assertEquals(lineitem, streamedLineitem.build());
        }
    }

    /** A stream's close waits for its parts but leaves the threads to the next stream: their count stays put. */
    @Test
    void streamsReuseTheSameGeneratorThreads() {
        for (int i = 0; i < 5; i++) {
            try (TpchBatchStream stream = TpchBatchStream.open(TpchTable.ORDERS, 0.01, 499, allocator)) {
                drain(stream);
            }
            TpchBatchStream.open(TpchTable.LINEITEM, 0.01, 1000, allocator).close();
        }
        long generatorThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("tpch-generator-")).count();
        assertTrue(generatorThreads >= 1 && generatorThreads <= GeneratorThreads.COUNT,
                generatorThreads + " generator threads alive, the pool has " + GeneratorThreads.COUNT);
    }

    @Test
    void theEndIsNullAndAClosedStreamRefusesToContinue() {
        TpchBatchStream stream = TpchBatchStream.open(TpchTable.REGION, 1, 3, allocator);
        assertEquals(5, drain(stream));
        assertNull(stream.next());
        assertEquals(2, stream.batchesDelivered());
        stream.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, stream::next);
        assertEquals("the region stream is closed", e.getMessage());
    }

    @Test
    void rejectsBadArgumentsLikeTheGenerator() {
        IllegalArgumentException sf = assertThrows(IllegalArgumentException.class,
                () -> TpchBatchStream.open(TpchTable.ORDERS, 0, 100, allocator));
        assertEquals("scale factor must be finite and > 0, got 0.0", sf.getMessage());
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
                () -> TpchBatchStream.open(TpchTable.ORDERS, 1, -3, allocator));
        assertEquals("batchRows must be > 0, got -3", rows.getMessage());
    }

    private void assertStreamEqualsInMemory(TpchTable table, double sf, int batchRows) {
        String what = table.tableName() + " SF " + sf + " in batches of " + batchRows;
        try (ArrowTable whole = TpchArrowGenerator.generate(table, sf, batchRows, allocator);
             TpchBatchStream stream = TpchBatchStream.open(table, sf, batchRows, allocator)) {
            assertEquals(whole.rowCount(), stream.plannedRows(), what);
            TableDigest.Builder streamed = TableDigest.builder(stream.schema());
            List<VectorSchemaRoot> expected = whole.batches();
            int b = 0;
            for (VectorSchemaRoot next = stream.next(); next != null; next = stream.next(), b++) {
                try (VectorSchemaRoot batch = next) {
                    assertTrue(b < expected.size(), what + ": more batches than in memory");
                    assertEquals(expected.get(b).getRowCount(), batch.getRowCount(), what + ", batch " + b);
                    assertEquals(TableDigest.of(whole.schema(), List.of(expected.get(b))),
                            TableDigest.of(stream.schema(), List.of(batch)), what + ", batch " + b);
                    streamed.add(batch);
                }
            }
            assertEquals(expected.size(), b, what + ": batches");
            assertEquals(TableDigest.of(whole.schema(), whole.batches()), streamed.build(), what);
            assertEquals(whole.rowCount(), stream.rowsDelivered(), what);
        }
    }

    private long streamingPeak(TpchTable table, double sf, int batchRows) {
        try (BufferAllocator streaming = allocator.newChildAllocator("stream", 0, Long.MAX_VALUE);
             TpchBatchStream stream = TpchBatchStream.open(table, sf, batchRows, streaming)) {
            drain(stream);
            return streaming.getPeakMemoryAllocation();
        }
    }

    /** Adds the stream's next batch to the digest and closes it; false at the end. */
    private static boolean takeInto(TpchBatchStream stream, TableDigest.Builder digest) {
        try (VectorSchemaRoot batch = stream.next()) {
            if (batch == null) {
                return false;
            }
            digest.add(batch);
            return true;
        }
    }

    /** Takes and closes every batch, as a writer would; returns the rows. */
    private static long drain(TpchBatchStream stream) {
        long rows = 0;
        for (VectorSchemaRoot batch = stream.next(); batch != null; batch = stream.next()) {
            rows += batch.getRowCount();
            batch.close();
        }
        return rows;
    }

    /** What the allocator charges for the batch's buffers (their rounded allocations). */
    private static long accountedBytes(VectorSchemaRoot batch) {
        long bytes = 0;
        for (FieldVector vector : batch.getFieldVectors()) {
            for (ArrowBuf buffer : vector.getBuffers(false)) {
                bytes += buffer.getReferenceManager().getAccountedSize();
            }
        }
        return bytes;
    }
}
