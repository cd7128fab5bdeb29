package dev.tpchbench.ab;

/** A/B run stopped with a message for the user and the exit status to end with; nothing was recorded. */
final class AbException extends Exception {
    private final int exitCode;

    AbException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** 2: bad knobs, an unknown ref or a revision that does not build; 1: a round failed. */
    int exitCode() {
        return exitCode;
    }
}
