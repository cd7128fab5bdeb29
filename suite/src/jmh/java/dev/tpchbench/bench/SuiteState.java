package dev.tpchbench.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.infra.BenchmarkParams;

import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.gate.IntegrityGate;
import dev.tpchbench.measure.BackgroundQuiet;
import dev.tpchbench.measure.FullCollection;
import dev.tpchbench.results.Numbers;
import dev.tpchbench.tpch.TpchTable;

/**
 * The parameters every suite benchmark shares (same names and values across classes, so result
 * rows line up) and the trial's allocator, which must be empty when the trial ends.
 * Subclasses add {@code batchRows} with the sizes that matter to them.
 */
@State(Scope.Thread)
public abstract class SuiteState {
    @Param({"customer", "orders", "lineitem"})
    public String table;

    @Param({"0.01"})
    public double scaleFactor;

    protected BufferAllocator allocator;
    protected BenchmarkId id;
    protected BenchmarkParams benchmarkParams;

    protected TpchTable tpchTable() {
        return TpchTable.parse(table);
    }

    @Setup(Level.Trial)
    public final void setUpTrial(BenchmarkParams params) throws Exception {
        id = BenchmarkId.of(params);
        benchmarkParams = params;
        if (!(this instanceof CollectsOwnGarbage)) {
            throw new IllegalStateException(getClass().getSimpleName() + " does not collect its garbage between "
                    + "iterations (CollectsOwnGarbage), and the runner turns JMH's collection off: end its iterations "
                    + "with WriteIteration.finish or settleForTheNextIteration");
        }
        allocator = new RootAllocator();
        prepareTrial();
        // The set-up's garbage (a generated table) is not the first timed iteration's to collect. Every class
        // needs this one: JMH sets up a trial inside its first iteration, after its own collection.
        FullCollection.collect();
    }

    /** Closes what the trial made, then fails the run if any Arrow memory was not released. */
    @TearDown(Level.Trial)
    public final void tearDownTrial() throws Exception {
        try {
            finishTrial();
        } finally {
            checkNothingLeaked();
        }
    }

    /**
     * The end of an iteration's untimed teardown, after its checks, for the classes whose Java code the JIT is
     * still compiling (the per-batch classes, the generator): this iteration's garbage collected and the
     * compilations it queued done, so that neither runs beside the next iteration's timed work.
     */
    protected static void settleForTheNextIteration() throws InterruptedException {
        FullCollection.collect();
        BackgroundQuiet.await();
    }

    /** Untimed set-up once per trial, after the allocator exists. (One JMH fixture, so the order is ours.) */
    protected void prepareTrial() throws Exception {
    }

    /** Untimed clean-up once per trial, before the leak check. */
    protected void finishTrial() throws Exception {
    }

    private void checkNothingLeaked() {
        long leaked = allocator.getAllocatedMemory();
        IntegrityGate.require(id, leaked == 0, Numbers.grouped(leaked) + " bytes of Arrow memory still allocated at "
                + "the end of the trial (a buffer was not released)");
        allocator.close();
    }
}
