package dev.tpchbench.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.tpch.TpchArrowGenerator;

/**
 * A suite state that generates the source table once per trial (not timed) and keeps its digest,
 * the reference every output of the trial is checked against. A state that needs only the table's
 * first rows says so in {@link #sourceRows()}, and only those are generated.
 */
@State(Scope.Thread)
public abstract class TpchSource extends SuiteState {
    protected ArrowTable source;
    protected TableDigest expected;

    /** Rows per Arrow batch of the source; each subclass declares it as a {@code @Param}. */
    protected abstract int batchRows();

    /** How many of the table's first rows the trial uses; all of them unless a subclass says fewer. */
    protected long sourceRows() {
        return Long.MAX_VALUE;
    }

    @Override
    protected void prepareTrial() throws Exception {
        source = TpchArrowGenerator.generateFirst(tpchTable(), scaleFactor, batchRows(), sourceRows(), allocator);
        expected = TableDigest.of(source.schema(), source.batches());
    }

    @Override
    protected void finishTrial() throws Exception {
        source.close();
    }
}
