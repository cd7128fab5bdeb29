package dev.tpchbench.tpch;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import io.trino.tpch.TpchEntity;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Generates one part of a table ({@code createGenerator(sf, part, partCount)}) into batches that
 * never cross a multiple of {@code batchRows} in whole-table row positions: a partial head, full
 * batches, a partial tail. Full batches are final; heads and tails are joined with the neighbouring
 * parts' by {@link BatchAssembler}.
 */
final class PartBatchWriter implements Callable<List<VectorSchemaRoot>> {
    private final TpchTable table;
    private final double scaleFactor;
    private final int part;
    private final int partCount;
    private final long firstRow;
    private final long rowCount;
    private final long rowLimit;
    private final int batchRows;
    private final BufferAllocator allocator;

    /**
     * @param firstRow the part's first row in the whole table
     * @param rowCount how many rows the part yields, from {@link TpchRowCounts}
     * @param rowLimit how many of them to generate (at most {@code rowCount}): a prefix stops early
     */
    PartBatchWriter(TpchTable table, double scaleFactor, int part, int partCount, long firstRow, long rowCount,
            long rowLimit, int batchRows, BufferAllocator allocator) {
        if (rowLimit < 0 || rowLimit > rowCount) {
            throw new IllegalArgumentException("rowLimit must be in 0.." + rowCount + ", got " + rowLimit);
        }
        this.table = table;
        this.scaleFactor = scaleFactor;
        this.part = part;
        this.partCount = partCount;
        this.firstRow = firstRow;
        this.rowCount = rowCount;
        this.rowLimit = rowLimit;
        this.batchRows = batchRows;
        this.allocator = allocator;
    }

    /** The part's batches in row order; the caller owns them. */
    @Override
    public List<VectorSchemaRoot> call() {
        List<VectorSchemaRoot> batches = new ArrayList<>();
        try {
            writeTo(batches::add);
            return batches;
        } catch (RuntimeException | Error e) {
            batches.forEach(VectorSchemaRoot::close);
            throw e;
        }
    }

    /**
     * Hands the part's batches to {@code sink} in row order, one as soon as it is built, so a streaming
     * consumer holds only what it has not yet used. The sink owns each batch it is given, even if it throws
     * (which stops the part: that is how a closed stream cancels it).
     */
    void writeTo(Consumer<VectorSchemaRoot> sink) {
        try (BatchBuilder builder = new BatchBuilder(TpchSchemas.schema(table), allocator)) {
            RowWriter writer = RowWriters.forBatch(table, builder);
            Iterator<? extends TpchEntity> entities =
                    table.generatorTable().createGenerator(scaleFactor, part, partCount).iterator();
            long end = firstRow + rowLimit;
            for (long row = firstRow; row < end; ) {
                int size = (int) Math.min(batchRows - row % batchRows, end - row);
                builder.start(size);
                fill(writer, entities, size);
                sink.accept(builder.finish());
                row += size;
            }
            // A whole part must end where it was counted to end; a prefix stops before that on purpose.
            if (rowLimit == rowCount && entities.hasNext()) {
                throw new IllegalStateException(table.tableName() + " part " + part + "/" + partCount
                        + " yields more than the " + rowCount + " rows counted");
            }
        }
    }

    private void fill(RowWriter writer, Iterator<? extends TpchEntity> entities, int rows) {
        for (int row = 0; row < rows; row++) {
            if (!entities.hasNext()) {
                throw new IllegalStateException(table.tableName() + " part " + part + "/" + partCount
                        + " yields fewer than the " + rowCount + " rows counted");
            }
            writer.write(entities.next(), row);
        }
    }
}
