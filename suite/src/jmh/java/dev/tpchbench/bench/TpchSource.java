package dev.tpchbench.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.tpch.TpchArrowGenerator;

/**
 * A suite state that generates the source table once per trial (not timed) and keeps its digest,
 * the reference every output of the trial is checked against.
 */
@State(Scope.Thread)
public abstract class TpchSource extends SuiteState {
    protected ArrowTable source;
    protected TableDigest expected;

    /** Rows per Arrow batch of the source; each subclass declares it as a {@code @Param}. */
    protected abstract int batchRows();

    @Override
    protected void prepareTrial() throws Exception {
        source = TpchArrowGenerator.generate(tpchTable(), scaleFactor, batchRows(), allocator);
        expected = TableDigest.of(source.schema(), source.batches());
    }

    @Override
    protected void finishTrial() throws Exception {
        source.close();
    }
}
