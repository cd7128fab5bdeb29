package dev.tpchbench.history;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The flame graphs a profiled run keeps beside its results ({@code <run>.profiles/<row>/*.html}), as links
 * for the report page. Only complete runs count: those whose metadata file was written.
 *
 * @param profiler what the run's metadata says, e.g. {@code async:itimer}
 */
public record ProfileLinks(String runId, String profiler, List<Link> links) {
    static final String SUFFIX = ".profiles";
    private static final String BENCH_PACKAGE = "dev.tpchbench.bench.";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @param row the benchmark x parameter set; @param href relative to the report page */
    public record Link(String row, String href) {
    }

    /** Newest run first. */
    public static List<ProfileLinks> find(Path results, Path reports) throws IOException {
        List<ProfileLinks> runs = new ArrayList<>();
        if (!Files.isDirectory(results)) {
            return runs;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(results, "*" + SUFFIX)) {
            for (Path dir : dirs) {
                String runId = dir.getFileName().toString();
                runId = runId.substring(0, runId.length() - SUFFIX.length());
                Path meta = results.resolve(runId + ".meta.json");
                if (!Files.isDirectory(dir) || !Files.isRegularFile(meta)) {
                    continue;
                }
                runs.add(new ProfileLinks(runId, profiler(meta), links(dir, reports.toAbsolutePath().normalize())));
            }
        }
        runs.sort(Comparator.comparing(ProfileLinks::runId).reversed());
        return runs;
    }

    private static String profiler(Path meta) {
        try {
            JsonNode profiler = JSON.readTree(meta.toFile()).path("profiler");
            return profiler.isTextual() ? profiler.asText() : "?";
        } catch (IOException e) {
            return "?";
        }
    }

    private static List<Link> links(Path dir, Path reports) throws IOException {
        List<Link> links = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir, 2)) {
            for (Path html : files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList()) {
                String row = URLDecoder.decode(html.getParent().getFileName().toString(), StandardCharsets.UTF_8);
                String href = reports.relativize(html.toAbsolutePath().normalize()).toString().replace('\\', '/');
                links.add(new Link(row.startsWith(BENCH_PACKAGE) ? row.substring(BENCH_PACKAGE.length()) : row, href));
            }
        }
        return links;
    }
}
