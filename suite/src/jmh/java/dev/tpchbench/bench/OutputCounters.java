package dev.tpchbench.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Secondary metrics of a write, one value per iteration in rawData (JMH's score column sums them
 * over iterations; read rawData or the suite's summary): size of the output on disk, the process's
 * peak resident memory during the timed write, and the peak Arrow memory the write allocated
 * beyond the source (copies, accumulation). -1 where the platform cannot tell.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class OutputCounters {
    public long bytesOnDisk;
    public long peakRssBytes;
    public long arrowPeakBytes;

    @Setup(Level.Iteration)
    public void clear() {
        bytesOnDisk = 0;
        peakRssBytes = 0;
        arrowPeakBytes = 0;
    }
}
