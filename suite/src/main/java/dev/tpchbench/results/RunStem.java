package dev.tpchbench.results;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The name of a run's files, {@code <UTC yyyyMMdd'T'HHmmss'Z'>_<git short sha>_<label>}. */
public record RunStem(String text, Instant startedUtc, String shortSha, String label) {
    private static final Pattern STEM = Pattern.compile("(\\d{8}T\\d{6}Z)_([^_]+)_(.+)");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public static Optional<RunStem> parse(String text) {
        Matcher m = STEM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Instant time = TIME.parse(m.group(1), Instant::from);
            return Optional.of(new RunStem(text, time, m.group(2), m.group(3)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
