package dev.tpchbench.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The order of a run's forks ({@code -Djmh.forkOrder}). JMH runs a row's forks back to back, so what the machine
 * does in those minutes (a neighbour's load, the page cache, the host) is shared by all of them, and a comparison
 * with another run takes it for a change of the row: in 126 rows of four stored same-build pairs of runs, p &lt; 0.05
 * in 11 % (results/reference/calibration-20261206/). {@link #ROUNDS} starts JMH once per round with one fork of
 * every row whose turn it is, so a row's forks are spread over the run and that drift shows as spread between
 * its forks, which the comparison's interval includes: an A/A of two nightlies in rounds had p &lt; 0.05 in 0 of 42
 * rows. Run between two row-order nightlies it took 1.04x their mean wall time (results/reference/order-20261206/),
 * so {@link #ROUNDS} is the default.
 */
public enum ForkOrder {
    /** One fork of each row per round, rounds in turn; a row of F forks in a run of R rounds runs in rounds ⌊k·R/F⌋. */
    ROUNDS,
    /** JMH's order: each row's forks back to back. */
    ROW;

    /** One start of JMH: an invocation of the plan with this many forks. */
    public record Start(JmhInvocation invocation, int forks) {
    }

    /** @throws IllegalArgumentException naming the accepted values */
    static ForkOrder parse(String value) {
        for (ForkOrder order : values()) {
            if (order.knobValue().equals(value.trim())) {
                return order;
            }
        }
        throw new IllegalArgumentException("jmh.forkOrder takes 'rounds' (one fork of every row per round: the default) "
                + "or 'row' (JMH's: each row's forks back to back), got '" + value + "'");
    }

    /** How the knob spells it, and the metadata records it. */
    public String knobValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The starts of JMH, in the order they run: for {@link #ROW} each invocation once with all its forks; for
     * {@link #ROUNDS} as many rounds as the most forks any invocation has, each invocation in the rounds of its
     * forks, one fork per start, in the plan's order within a round.
     */
    List<Start> starts(List<JmhInvocation> invocations, ToIntFunction<JmhInvocation> forks) {
        List<Start> starts = new ArrayList<>();
        if (this == ROW) {
            invocations.forEach(invocation -> starts.add(new Start(invocation, forks.applyAsInt(invocation))));
            return starts;
        }
        int rounds = invocations.stream().mapToInt(forks).max().orElse(0);
        for (int round = 0; round < rounds; round++) {
            for (JmhInvocation invocation : invocations) {
                if (runsIn(round, forks.applyAsInt(invocation), rounds)) {
                    starts.add(new Start(invocation, 1));
                }
            }
        }
        return starts;
    }

    /** Whether one of {@code forks} forks spread evenly over {@code rounds} rounds falls in {@code round}. */
    static boolean runsIn(int round, int forks, int rounds) {
        for (int fork = 0; fork < forks; fork++) {
            if ((long) fork * rounds / forks == round) {
                return true;
            }
        }
        return false;
    }
}
