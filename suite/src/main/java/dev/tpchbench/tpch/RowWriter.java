package dev.tpchbench.tpch;

import io.trino.tpch.TpchEntity;

/** Writes one generated entity into row {@code row} of a batch; see {@link RowWriters}. */
@FunctionalInterface
interface RowWriter {
    void write(TpchEntity entity, int row);
}
