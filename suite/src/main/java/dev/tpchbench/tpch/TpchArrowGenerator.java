package dev.tpchbench.tpch;

import java.util.ArrayList;
import java.util.List;

import dev.tpchbench.data.ArrowTable;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Generates TPC-H tables as Arrow batches held in memory, with the dbgen-exact io.trino.tpch generators.
 *
 * <p>A table is generated as {@value #PART_COUNT} generator parts on a few threads and joined in part
 * order, by draining a {@link TpchBatchStream} whose parts all run at once (the one generation path).
 * The part count is fixed, not taken from the machine, and the batch layout depends only on the table,
 * scale factor and batch size, so every machine produces the same batches.
 */
public final class TpchArrowGenerator {
    /** Enough parts to keep a few cores busy; each part costs only a cheap skip-ahead of the randoms. */
    static final int PART_COUNT = 4;

    private TpchArrowGenerator() {
    }

    /**
     * All rows of {@code table} at {@code scaleFactor}, in batches of exactly {@code batchRows} rows
     * except the last. The caller owns the result and must close it.
     */
    public static ArrowTable generate(TpchTable table, double scaleFactor, int batchRows, BufferAllocator allocator) {
        return generateFirst(table, scaleFactor, batchRows, Long.MAX_VALUE, allocator);
    }

    /**
     * The first {@code maxRows} rows of {@code table} (all of them if it has fewer), in the same batches
     * as {@link #generate}: the per-batch benchmarks use a few batches and should not wait for the rest.
     * Parts after the prefix are not generated at all; the part holding its end stops there.
     */
    public static ArrowTable generateFirst(TpchTable table, double scaleFactor, int batchRows, long maxRows,
            BufferAllocator allocator) {
        // io.trino.tpch makes nation and region only as a single part.
        int partCount = table == TpchTable.NATION || table == TpchTable.REGION ? 1 : PART_COUNT;
        List<VectorSchemaRoot> batches = new ArrayList<>();
        try (TpchBatchStream stream = TpchBatchStream.allPartsAhead(table, scaleFactor, batchRows, maxRows,
                partCount, allocator)) {
            for (VectorSchemaRoot batch = stream.next(); batch != null; batch = stream.next()) {
                batches.add(batch);
            }
            return new ArrowTable(stream.schema(), batches);
        } catch (RuntimeException | Error e) {
            batches.forEach(VectorSchemaRoot::close);
            throw e;
        }
    }
}
