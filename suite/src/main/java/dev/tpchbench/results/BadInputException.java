package dev.tpchbench.results;

/** The user asked for something that cannot be done (unknown run, refused comparison): exit status 2. */
public class BadInputException extends Exception {
    public BadInputException(String message) {
        super(message);
    }
}
