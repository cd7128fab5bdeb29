package dev.tpchbench.fault;

/**
 * A change of known size planted into a timed call, to prove that a comparison sees it: the call
 * does its real work, then spins until its duration is {@code factor} times what the work took.
 * Read from the fork's system property {@value #PROPERTY} (for example 1.10 = 10% slower); only
 * {@code PlantedChangeBenchmark}, which no normal run includes, reads it. A planted speed-up is the
 * same thing seen from the other side: the slowed run as the baseline.
 */
public final class PlantedChange {
    public static final String PROPERTY = "tpchbench.plantedChange";

    private final double factor;

    private PlantedChange(double factor) {
        this.factor = factor;
    }

    /** The factor in {@value #PROPERTY}, or 1 (no change) when it is not set. */
    public static PlantedChange fromSystemProperty() {
        return parse(System.getProperty(PROPERTY, "1"));
    }

    static PlantedChange parse(String text) {
        double factor;
        try {
            factor = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            factor = Double.NaN;
        }
        if (!(factor >= 1 && factor <= 100)) {
            throw new IllegalArgumentException(PROPERTY + " must be a factor from 1 to 100 (1.10 = 10% slower), got '"
                    + text + "'; plant a speed-up by slowing the baseline instead");
        }
        return new PlantedChange(factor);
    }

    public double factor() {
        return factor;
    }

    /** Spins until {@code factor} times the time since {@code startNanos} has passed; returns the spins. */
    public long stretch(long startNanos) {
        long work = System.nanoTime() - startNanos;
        long until = startNanos + (long) (work * factor);
        long spins = 0;
        while (System.nanoTime() < until) {
            spins++;
        }
        return spins;
    }
}
