package dev.tpchbench.tpch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TpchArrowReaderTest {
    private final BufferAllocator allocator = new RootAllocator();

    @AfterEach
    void nothingLeaks() {
        allocator.close(); // throws if any buffer leaked
    }

    @Test
    void readsTheInMemoryBatchesOneByOne() throws IOException {
        try (ArrowTable whole = TpchArrowGenerator.generate(TpchTable.ORDERS, 0.01, 777, allocator);
             ArrowReader reader = TpchBatchStream.open(TpchTable.ORDERS, 0.01, 777, allocator).asReader()) {
            assertEquals(whole.schema(), reader.getVectorSchemaRoot().getSchema());
            List<Integer> rows = new ArrayList<>();
            TableDigest.Builder digest = TableDigest.builder(whole.schema());
            while (reader.loadNextBatch()) {
                rows.add(reader.getVectorSchemaRoot().getRowCount());
                digest.add(reader.getVectorSchemaRoot());
            }
            assertEquals(batchRows(whole), rows);
            assertEquals(TableDigest.of(whole.schema(), whole.batches()), digest.build());
        }
    }

    /** Through the real C Data module: what Lance's Dataset.write pulls when given the stream. */
    @Test
    void crossesTheCDataInterfaceAsOneArrayStream() throws IOException {
        try (ArrowTable whole = TpchArrowGenerator.generate(TpchTable.LINEITEM, 0.01, 4001, allocator);
             ArrowArrayStream stream = ArrowArrayStream.allocateNew(allocator)) {
            Data.exportArrayStream(allocator, TpchBatchStream.open(TpchTable.LINEITEM, 0.01, 4001, allocator)
                    .asReader(), stream);
            try (ArrowReader imported = Data.importArrayStream(allocator, stream)) {
                List<Integer> rows = new ArrayList<>();
                TableDigest.Builder digest = TableDigest.builder(whole.schema());
                while (imported.loadNextBatch()) {
                    rows.add(imported.getVectorSchemaRoot().getRowCount());
                    digest.add(imported.getVectorSchemaRoot());
                }
                assertEquals(batchRows(whole), rows);
                assertEquals(TableDigest.of(whole.schema(), whole.batches()), digest.build());
            }
        }
    }

    private static List<Integer> batchRows(ArrowTable table) {
        List<Integer> rows = new ArrayList<>();
        for (VectorSchemaRoot batch : table.batches()) {
            rows.add(batch.getRowCount());
        }
        return rows;
    }
}
