package dev.tpchbench.ab;

import java.util.ArrayList;
import java.util.List;

/**
 * One fork of the whole plan for one side. Rounds alternate A B, B A, A B, ... so that a machine that
 * drifts (warms up, gets a noisy neighbour) during the run weighs on both sides alike.
 *
 * @param number 1-based round number; each round runs both sides once
 */
record Round(int number, Side side) {

    /** The order of all runs for the given number of rounds: A B in odd rounds, B A in even ones. */
    static List<Round> schedule(int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be >= 1, got " + rounds);
        }
        List<Round> order = new ArrayList<>();
        for (int n = 1; n <= rounds; n++) {
            Side first = n % 2 == 1 ? Side.BASELINE : Side.CANDIDATE;
            Side second = first == Side.BASELINE ? Side.CANDIDATE : Side.BASELINE;
            order.add(new Round(n, first));
            order.add(new Round(n, second));
        }
        return order;
    }

    /** The schedule as letters, e.g. {@code ABBAAB}, for the output and the metadata. */
    static String letters(List<Round> schedule) {
        StringBuilder out = new StringBuilder();
        schedule.forEach(r -> out.append(r.side().letter()));
        return out.toString();
    }
}
