package dev.tpchbench.ab;

import java.util.Locale;

/** The two sides of an A/B comparison; A is the baseline. */
enum Side {
    BASELINE('A'), CANDIDATE('B');

    private final char letter;

    Side(char letter) {
        this.letter = letter;
    }

    /** {@code baseline} or {@code candidate}: knob names and label suffix. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    char letter() {
        return letter;
    }
}
