package dev.tpchbench.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Mode;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tpchbench.output.OutputDirs;
import dev.tpchbench.results.AtomicFiles;

/**
 * Moves the async profiler's output of the verified benchmark x parameter sets from the scratch folder
 * to {@code <results>/<run>.profiles/<row>/fork-N/} (see {@link PerForkProfiles}); a rejected row's profile
 * is dropped with the scratch folder.
 */
final class ProfileFolders {
    static final String SUFFIX = ".profiles";

    private ProfileFolders() {
    }

    /**
     * The row's folder in {@code <run>.profiles/}: JMH's {@code BenchmarkParams.id()} of the result entry,
     * the benchmark, its mode and each parameter (sorted by name), URL-encoded and joined with '-'.
     */
    static String trialFolder(JsonNode entry) {
        StringBuilder id = new StringBuilder(encode(entry.path("benchmark").asText()));
        id.append('-').append(Mode.deepValueOf(entry.path("mode").asText()));
        Map<String, String> params = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = entry.path("params").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> param = it.next();
            params.put(param.getKey(), param.getValue().asText());
        }
        params.forEach((name, value) -> id.append('-').append(encode(name)).append('-').append(encode(value)));
        return id.toString();
    }

    /**
     * The folder JMH's async profiler writes for a {@code BenchmarkParams.id()}: the id with each '%' made '_'
     * (async-profiler would expand %p and %t in a file name), so not the same as the id for a parameter
     * such as "a/b" (id "a%2Fb").
     */
    static String asyncFolder(String jmhId) {
        return jmhId.replace("%", "_");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * Copies the verified entries' folders into {@code target} (written beside it first, then renamed, so a
     * half-copied folder never carries the final name); returns how many rows had a profile.
     */
    static int keep(Path raw, Collection<JsonNode> verified, Path target) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + AtomicFiles.TEMP_SUFFIX);
        OutputDirs.deleteTree(temp);
        int kept = 0;
        for (JsonNode entry : verified) {
            String folder = trialFolder(entry);
            Path from = raw.resolve(asyncFolder(folder));
            if (Files.isDirectory(from)) {
                copyTree(from, temp.resolve(folder));
                kept++;
            }
        }
        if (kept > 0) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        return kept;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Path copy = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
