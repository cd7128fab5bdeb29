package dev.tpchbench.fault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A results folder that already holds a complete earlier run, to check that a failed run loses none of it. */
final class EarlierResults {
    static final String STEM = "20250101T000000Z_0000000_earlier";

    private final Path dir;
    private final Map<String, byte[]> files = new TreeMap<>();

    private EarlierResults(Path dir) {
        this.dir = dir;
    }

    static EarlierResults seed(Path resultsDir) throws IOException {
        Files.createDirectories(resultsDir);
        EarlierResults earlier = new EarlierResults(resultsDir);
        earlier.put(STEM + ".json", "[ ]\n");
        earlier.put(STEM + ".summary.md", "# Run " + STEM + "\n");
        earlier.put(STEM + ".meta.json", "{ \"runId\" : \"" + STEM + "\", \"status\" : \"PASSED\" }\n");
        return earlier;
    }

    private void put(String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(name), bytes);
        files.put(name, bytes);
    }

    /** The earlier files are byte-identical, and nothing else is in the folder. */
    void assertUntouchedAndAlone() throws IOException {
        assertEquals(files.keySet(), names(), "the results folder holds only the earlier run");
        assertUntouched();
    }

    void assertUntouched() throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            assertArrayEquals(file.getValue(), Files.readAllBytes(dir.resolve(file.getKey())), file.getKey());
        }
    }

    /** Names of the files the later run added. */
    Set<String> added() throws IOException {
        Set<String> added = names();
        added.removeAll(files.keySet());
        return added;
    }

    private Set<String> names() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
