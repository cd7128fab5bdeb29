package dev.tpchbench.cdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.write.DatasetWriter;
import dev.tpchbench.write.WriteResult;

/** The per-batch transfer of Phases 1 and 1.5 as a writer: what it hands on, and that it frees it. */
class PerBatchTransferTest {
    private static final Path TARGET = Path.of("unused");

    /** Digests what it is handed, and can fail after that, as a real write can. */
    private static final class Capture implements DatasetWriter {
        private final boolean fail;
        private TableDigest seen;

        Capture(boolean fail) {
            this.fail = fail;
        }

        @Override
        public String describe() {
            return "capture";
        }

        @Override
        public WriteResult write(ArrowTable table, Path target) throws IOException {
            seen = TableDigest.of(table.schema(), table.batches());
            if (fail) {
                throw new IOException("disk gone");
            }
            return new WriteResult(target, table.rowCount());
        }
    }

    @Test
    void handsTheImportedBatchesOnAndFreesThemAfterTheWrite() throws IOException {
        try (Allocators allocators = new Allocators();
             ArrowTable source = new ArrowTable(TestBatches.SCHEMA, List.of(
                     TestBatches.lineitemLike(allocators.producer, 100), TestBatches.lineitemLike(allocators.producer, 37)))) {
            Capture capture = new Capture(false);
            DatasetWriter writer = PerBatchTransfer.writer(Importer.HAND_WRITTEN.create(), allocators.consumer, capture);

            WriteResult result = writer.write(source, TARGET);

            assertEquals(137, result.rowsWritten());
            assertEquals(Optional.empty(), capture.seen.differenceFrom(TableDigest.of(source.schema(), source.batches())));
            assertEquals(0, allocators.consumer.getAllocatedMemory(), "imports still allocated after the write");
            assertTrue(writer.describe().startsWith("per-batch C Data export + HAND_WRITTEN import"), writer.describe());
        }
    }

    @Test
    void aFailedWriteStillFreesTheImports() {
        try (Allocators allocators = new Allocators();
             ArrowTable source = new ArrowTable(TestBatches.SCHEMA, List.of(TestBatches.lineitemLike(allocators.producer, 50)))) {
            Capture capture = new Capture(true);
            DatasetWriter writer = PerBatchTransfer.writer(Importer.HAND_WRITTEN.create(), allocators.consumer, capture);

            assertThrows(IOException.class, () -> writer.write(source, TARGET));

            assertEquals(50, capture.seen.rowCount());
            assertEquals(0, allocators.consumer.getAllocatedMemory(), "imports still allocated after a failed write");
        }
    }
}
