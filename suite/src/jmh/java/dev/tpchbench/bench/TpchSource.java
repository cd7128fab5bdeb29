package dev.tpchbench.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.source.GeneratedTableFile;
import dev.tpchbench.tpch.TpchArrowGenerator;
import dev.tpchbench.tpch.TpchRowCounts;

/**
 * A suite state that holds the source table in memory for the trial (not timed) and its digest, the
 * reference every output of the trial is checked against. The whole table is read from a file generated
 * once per run ({@link GeneratedTableFile}); a state that needs fewer than the table's rows says so in
 * {@link #sourceRows()}, and only those are generated, in the fork.
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
        if (sourceRows() >= TpchRowCounts.expectedRows(tpchTable(), scaleFactor)) {
            // The whole table: generated once per run into a file and read back by every fork (lineitem SF 1:
            // forks reached their first warm-up's end 3.5-3.8 s sooner). The file's digest, computed from the
            // generator's batches as it was written, is the reference: a faulty read-back would fail the gate.
            GeneratedTableFile.Prepared file = GeneratedTableFile.prepareForRun(tpchTable(), scaleFactor, batchRows(), allocator);
            source = GeneratedTableFile.load(file.file(), allocator);
            expected = file.expected();
        } else {
            source = TpchArrowGenerator.generateFirst(tpchTable(), scaleFactor, batchRows(), sourceRows(), allocator);
            expected = TableDigest.of(source.schema(), source.batches());
        }
    }

    @Override
    protected void finishTrial() throws Exception {
        source.close();
    }
}
