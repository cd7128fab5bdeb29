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
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The flame graphs a profiled run keeps beside its results ({@code <run>.profiles/<row>/fork-N/*.html}, or
 * {@code <row>/*.html} from before they were kept per fork), as links for the report page. Only complete runs
 * count: those whose metadata file was written.
 *
 * @param profiler what the run's metadata says, e.g. {@code async:itimer}
 */
public record ProfileLinks(String runId, String profiler, List<Link> links) {
    static final String SUFFIX = ".profiles";
    private static final String BENCH_PACKAGE = "dev.tpchbench.bench.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FORK_FOLDER = Pattern.compile("fork-([1-9][0-9]{0,5})");

    /**
     * @param row   the benchmark x parameter set
     * @param label which of the row's flame graphs: "fork 2", "fork 2 flame-cpu-reverse" when a fork has several,
     *              the file's name for a run kept before flame graphs were kept per fork
     * @param href  relative to the report page
     */
    public record Link(String row, String label, String href) {
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
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir, 3)) {
            for (Path html : files.filter(f -> f.getFileName().toString().endsWith(".html")).toList()) {
                Path relative = dir.relativize(html);
                OptionalInt fork = relative.getNameCount() == 3 ? forkNumber(relative.getName(1)) : OptionalInt.empty();
                if (relative.getNameCount() == 3 ? fork.isPresent() : relative.getNameCount() == 2) {
                    String page = html.getFileName().toString();
                    pages.add(new Page(relative.getName(0).toString(), fork.orElse(0),
                            page.substring(0, page.length() - ".html".length()), html));
                }
            }
        }
        // fork 10 after fork 9, not after fork 1
        pages.sort(Comparator.comparing(Page::folder).thenComparingInt(Page::fork).thenComparing(Page::stem));
        Map<List<Object>, Long> perFork = pages.stream()
                .collect(Collectors.groupingBy(p -> List.of(p.folder(), p.fork()), Collectors.counting()));
        List<Link> links = new ArrayList<>();
        for (Page page : pages) {
            String row = URLDecoder.decode(page.folder(), StandardCharsets.UTF_8);
            boolean several = perFork.get(List.of(page.folder(), page.fork())) > 1;
            String label = page.fork() == 0 ? page.stem() : "fork " + page.fork() + (several ? " " + page.stem() : "");
            String href = reports.relativize(page.file().toAbsolutePath().normalize()).toString().replace('\\', '/');
            String shortRow = row.startsWith(BENCH_PACKAGE) ? row.substring(BENCH_PACKAGE.length()) : row;
            links.add(new Link(shortRow, label, href));
        }
        return links;
    }

    /** One flame graph: its row's folder, its fork (0: kept before forks had folders), its name without .html. */
    private record Page(String folder, int fork, String stem, Path file) {
    }

    /** N for a folder {@code fork-N}, as {@code PerForkProfiles} names them. */
    private static OptionalInt forkNumber(Path folder) {
        Matcher m = FORK_FOLDER.matcher(folder.toString());
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
