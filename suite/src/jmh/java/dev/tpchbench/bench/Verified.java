package dev.tpchbench.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The {@code rowsVerified} secondary metric: rows the integrity check confirmed in this iteration.
 * Set by the benchmark's iteration teardown, so JMH records one value per iteration in rawData;
 * the runner requires every value to equal the expected rows.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class Verified {
    public long rowsVerified;

    @Setup(Level.Iteration)
    public void reset() {
        rowsVerified = 0;
    }
}
