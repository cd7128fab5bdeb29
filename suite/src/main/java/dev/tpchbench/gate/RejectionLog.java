package dev.tpchbench.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tpchbench.results.Rejection;

/**
 * A file of JSON lines, one per integrity failure, that JMH forks append to and the runner reads.
 * JMH itself only prints a failed benchmark's exception; this carries the reason to the summary.
 * The runner passes the file's path to every fork as the system property {@value #PROPERTY}.
 */
public final class RejectionLog {
    public static final String PROPERTY = "tpchbench.rejections";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RejectionLog() {
    }

    /** Appends a record if this JVM was given a log; a failure to log never hides the rejection itself. */
    static void record(Rejection rejection) {
        String path = System.getProperty(PROPERTY);
        if (path == null || path.isEmpty()) {
            return;
        }
        try {
            String line = JSON.writeValueAsString(rejection) + "\n";
            Files.write(Paths.get(path), line.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not record the rejection in " + path + ": " + e);
        }
    }

    /** Reads every record of the log; a missing file means no rejections were recorded. */
    public static List<Rejection> read(Path log) throws IOException {
        List<Rejection> rejections = new ArrayList<>();
        if (!Files.exists(log)) {
            return rejections;
        }
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rejections.add(JSON.readValue(line, Rejection.class));
            }
        }
        return rejections;
    }
}
