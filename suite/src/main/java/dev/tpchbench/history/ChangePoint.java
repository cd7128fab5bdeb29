package dev.tpchbench.history;

/**
 * A sustained shift in a series.
 *
 * @param index        the first point at the new level (the run where the shift started)
 * @param medianBefore median of the segment before the shift
 * @param medianAfter  median of the segment after it
 * @param pValue       permutation p-value of the split
 */
public record ChangePoint(int index, double medianBefore, double medianAfter, double pValue) {
    public double ratio() {
        return medianAfter / medianBefore;
    }
}
