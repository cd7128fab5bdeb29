package dev.tpchbench.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;


/**
 * The runs in a results folder, oldest first, and the pinned baselines in its {@code baselines/}.
 * Only {@code <stem>.json} files with a well-formed stem count as runs: temporary {@code .tmp}
 * files of interrupted writes, meta files, summaries and reports are not runs.
 */
public final class ResultsDirectory {
    public static final String BASELINE_PREFIX = "baseline:";
    private static final Pattern BASELINE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** A run's result file, before it is read. */
    public record RunFile(RunStem stem, Path jsonFile) {
        public RunResults read() throws IOException {
            return RunReader.read(stem.text(), jsonFile);
        }
    }

    private final Path dir;

    public ResultsDirectory(Path dir) {
        this.dir = dir;
    }

    public Path path() {
        return dir;
    }

    public Path baselinesDir() {
        return dir.resolve("baselines");
    }

    /** All runs, oldest first (by the start time in the stem, then by name). */
    public List<RunFile> runs() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<RunFile> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || name.endsWith(AtomicFiles.TEMP_SUFFIX)
                        || name.endsWith(RunReader.META_SUFFIX) || !name.endsWith(RunReader.JSON_SUFFIX)
                        || !Files.isRegularFile(file)) {
                    continue;
                }
                String stem = name.substring(0, name.length() - RunReader.JSON_SUFFIX.length());
                RunStem.parse(stem).ifPresent(s -> runs.add(new RunFile(s, file)));
            }
        }
        runs.sort(Comparator.comparing((RunFile r) -> r.stem().startedUtc()).thenComparing(r -> r.stem().text()));
        return runs;
    }

    public Optional<RunFile> newest() throws IOException {
        List<RunFile> runs = runs();
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    public Optional<RunFile> newestWithLabel(String label) throws IOException {
        return runs().stream().filter(r -> r.stem().label().equals(label)).reduce((older, newer) -> newer);
    }

    /** The newest run that started before the given run (any label), for "compare with the previous run". */
    public Optional<RunFile> runBefore(RunResults run) throws IOException {
        if (run.time() == null) {
            return Optional.empty();
        }
        return runs().stream()
                .filter(r -> r.stem().startedUtc().isBefore(run.time())
                        || (r.stem().startedUtc().equals(run.time()) && r.stem().text().compareTo(run.id()) < 0))
                .reduce((older, newer) -> newer);
    }

    public Path baselineFile(String name) throws BadInputException {
        if (!BASELINE_NAME.matcher(name).matches()) {
            throw new BadInputException("Bad baseline name '" + name + "': use letters, digits, '.', '_' and '-'.");
        }
        return baselinesDir().resolve(name + RunReader.JSON_SUFFIX);
    }

    /**
     * What the user named: {@code baseline:<name>}, a path to a result file, a run stem, or a label
     * (the newest run with that label), tried in that order.
     */
    public RunResults resolve(String spec) throws BadInputException, IOException {
        String text = spec.trim();
        if (text.startsWith(BASELINE_PREFIX)) {
            String name = text.substring(BASELINE_PREFIX.length());
            Path file = baselineFile(name);
            if (!Files.isRegularFile(file)) {
                throw new BadInputException("No pinned baseline '" + name + "' (" + file + "). Pinned: " + pinnedNames());
            }
            return RunReader.read(text, file);
        }
        if (text.endsWith(RunReader.JSON_SUFFIX) && Files.isRegularFile(Path.of(text))) {
            Path file = Path.of(text);
            String name = file.getFileName().toString();
            return RunReader.read(name.substring(0, name.length() - RunReader.JSON_SUFFIX.length()), file);
        }
        List<RunFile> runs = runs();
        for (RunFile run : runs) {
            if (run.stem().text().equals(text)) {
                return run.read();
            }
        }
        Optional<RunFile> labelled = newestWithLabel(text);
        if (labelled.isPresent()) {
            return labelled.get().read();
        }
        TreeSet<String> labels = new TreeSet<>();
        runs.forEach(r -> labels.add(r.stem().label()));
        throw new BadInputException("'" + spec + "' is not a result file, a run stem, a label or baseline:<name> in "
                + dir + ". Labels there: " + (labels.isEmpty() ? "(no runs)" : String.join(", ", labels)));
    }

    public List<String> pinnedNames() throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(baselinesDir())) {
            try (Stream<Path> files = Files.list(baselinesDir())) {
                files.map(f -> f.getFileName().toString())
                        .filter(n -> n.endsWith(RunReader.JSON_SUFFIX) && !n.endsWith(RunReader.META_SUFFIX)
                                && !n.startsWith("."))
                        .map(n -> n.substring(0, n.length() - RunReader.JSON_SUFFIX.length()))
                        .sorted().forEach(names::add);
            }
        }
        return names;
    }

    /**
     * Copies a run to {@code baselines/<name>.json} and {@code .meta.json}. The source is read in full
     * first, so a truncated run is never pinned; the meta is written before the results, each
     * atomically, so an interrupted pin never leaves a baseline whose results lack their meta.
     */
    public Path pin(RunResults run, String name) throws BadInputException, IOException {
        if (run.meta().isEmpty()) {
            throw new BadInputException("Refusing to pin " + run.id() + ": it has no meta file, so nobody can tell "
                    + "whether it passed the integrity gate.");
        }
        Path target = baselineFile(name);
        byte[] results = Files.readAllBytes(run.jsonFile());
        byte[] meta = Files.readAllBytes(RunReader.metaFileOf(run.jsonFile()));
        AtomicFiles.write(RunReader.metaFileOf(target), meta);
        AtomicFiles.write(target, results);
        return target;
    }
}
