package dev.tpchbench.tpch;

import java.util.List;

import org.apache.arrow.memory.ArrowBuf;

/** The buffers of one column of the batch being built; see {@link BatchBuilder}. */
interface ColumnBuilder extends AutoCloseable {
    /** Makes room for exactly {@code rows} rows, dropping the previous batch's data. */
    void start(int rows);

    /**
     * The column's buffers after validity, in Arrow's order (data; or offsets, data), sized for the
     * rows started. They stay owned by this builder: a vector that loads them retains its own reference.
     */
    List<ArrowBuf> finish();

    @Override
    void close();
}
