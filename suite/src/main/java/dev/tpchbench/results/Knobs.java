package dev.tpchbench.results;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/** The {@code -D} knobs of the command-line programs, read strictly: a typo is an error, not a default. */
public final class Knobs {
    private final Properties properties;

    public Knobs(Properties properties) {
        this.properties = properties;
    }

    public Optional<String> text(String name) {
        String value = properties.getProperty(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public boolean flag(String name) throws BadInputException {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return false;
        }
        switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw new BadInputException("-D" + name + " must be true or false, got '" + value.get() + "'");
        }
    }

    public double fraction(String name, double defaultValue) throws BadInputException {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            double parsed = Double.parseDouble(value.get().replace("%", ""));
            return value.get().endsWith("%") ? parsed / 100 : parsed;
        } catch (NumberFormatException e) {
            throw new BadInputException("-D" + name + " must be a number such as 0.05 (or 5%), got '" + value.get() + "'");
        }
    }

    public int integer(String name, int defaultValue) throws BadInputException {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw new BadInputException("-D" + name + " must be a whole number, got '" + value.get() + "'");
        }
    }

    /** {@code -Djmh.results}, else {@code <suite.root>/results}. */
    public ResultsDirectory resultsDirectory() {
        return new ResultsDirectory(text("jmh.results").map(Path::of)
                .orElseGet(() -> Path.of(text("suite.root").orElse(".")).resolve("results")));
    }
}
