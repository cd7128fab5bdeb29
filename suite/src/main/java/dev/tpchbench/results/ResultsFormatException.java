package dev.tpchbench.results;

import java.io.IOException;

/** A results or meta file that cannot be read as the runner writes it (truncated, foreign, empty). */
public class ResultsFormatException extends IOException {
    public ResultsFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
