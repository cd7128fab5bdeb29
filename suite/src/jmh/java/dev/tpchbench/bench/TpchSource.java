package dev.tpchbench.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.source.GeneratedTableFile;

/**
 * A suite state that holds the source table in memory for the trial (not timed) and its digest, the
 * reference every output of the trial is checked against. The table is read from a file generated
 * once per run ({@link GeneratedTableFile}); a state that needs fewer than the table's rows says so in
 * {@link #sourceRows()}, and the file holds only those.
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
        // Generated once per run into a file and read back by every fork: lineitem SF 1 whole, forks reached their
        // first warm-up's end 3.5-3.8 s sooner; a per-batch ring, 0.2-2.2 s sooner in 13 of 15 rows, 4 interleaved
        // forks a side (results/reference/ringfile-20261207/).
        // The file's digest, computed from the generator's batches as it was written, is the reference: a faulty
        // read-back would fail the gate.
        GeneratedTableFile.Prepared file = GeneratedTableFile.prepareForRun(tpchTable(), scaleFactor, batchRows(),
                sourceRows(), allocator);
        source = GeneratedTableFile.load(file.file(), allocator);
        expected = file.expected();
    }

    @Override
    protected void finishTrial() throws Exception {
        source.close();
    }
}
