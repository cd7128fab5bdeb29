package dev.tpchbench.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The knobs of {@code mvn jmh:run}, read from {@code -Djmh.*} system properties and checked at once.
 * Each knob maps to one JMH option (see the README table).
 */
public final class RunConfig {
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Preset preset;
    private final String include;
    private final String exclude;
    private final Map<String, List<String>> params;
    private final Map<String, List<String>> perBatchParams;
    private final int forks;
    private final boolean forksGiven;
    private final int warmupIterations;
    private final int measurementIterations;
    private final boolean iterationKnobsGiven;
    private final List<String> profilers;
    private final String label;
    private final Path resultsDir;
    private final Path scratchParent;
    private final List<String> extraJvmArgs;
    private final Path suiteRoot;
    private final Path jvm;
    private final String glibcTunables;
    private final ForkOrder forkOrder;

    private RunConfig(Properties p) {
        preset = Preset.parse(p.getProperty("jmh.preset", "quick"));
        include = regex("jmh.include", p.getProperty("jmh.include", preset.include()));
        exclude = p.getProperty("jmh.exclude", "").isBlank() ? null : regex("jmh.exclude", p.getProperty("jmh.exclude"));
        Map<String, List<String>> given = parseParams(p.getProperty("jmh.params", ""));
        params = withPresetData(given, preset.tables(), preset);
        perBatchParams = withPresetData(given, preset.perBatchTables(), preset);
        forks = forks(p, preset);
        forksGiven = !p.getProperty("jmh.forks", "").isBlank();
        warmupIterations = count(p, "jmh.warmupIterations", preset.warmupIterations(), 0);
        measurementIterations = count(p, "jmh.iterations", preset.measurementIterations(), 1);
        iterationKnobsGiven = !p.getProperty("jmh.warmupIterations", "").isBlank()
                || !p.getProperty("jmh.iterations", "").isBlank();
        profilers = list(p.getProperty("jmh.prof", ""));
        label = p.getProperty("jmh.label", "local").trim();
        if (!LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException("jmh.label must be 1-64 of A-Z a-z 0-9 . _ - (it becomes part of a file name), got '"
                    + label + "'");
        }
        suiteRoot = Paths.get(p.getProperty("suite.root", ".")).toAbsolutePath().normalize();
        resultsDir = path(p.getProperty("jmh.results"), suiteRoot.resolve("results"));
        scratchParent = path(p.getProperty("jmh.scratch"), Paths.get(System.getProperty("java.io.tmpdir")));
        extraJvmArgs = new ArrayList<>(Arrays.asList(p.getProperty("jmh.jvmArgsAppend", "").trim().split("\\s+")));
        extraJvmArgs.removeIf(String::isEmpty);
        jvm = javaExecutable(p.getProperty("jmh.jvm"));
        glibcTunables = ForkLauncher.tunables(p.getProperty("jmh.glibcTunables"));
        forkOrder = forkOrder(p.getProperty("jmh.forkOrder", ""), profilers);
    }

    /**
     * Rounds unless the knob says row: they make sequential comparisons honest (results/reference/calibration-20261206/)
     * for 1.04x the wall time of row-order runs around them (results/reference/order-20261206/). A profiled run keeps
     * each row's forks together, because JMH's profilers number a row's forks within one start of JMH
     * ({@link PerForkProfiles}).
     */
    private static ForkOrder forkOrder(String value, List<String> profilers) {
        if (value.isBlank()) {
            return profilers.isEmpty() ? ForkOrder.ROUNDS : ForkOrder.ROW;
        }
        ForkOrder order = ForkOrder.parse(value);
        if (order == ForkOrder.ROUNDS && !profilers.isEmpty()) {
            throw new IllegalArgumentException("jmh.forkOrder=rounds is refused with jmh.prof: a profiled run keeps "
                    + "each row's forks together, so that each fork keeps its own profile; leave jmh.forkOrder out");
        }
        return order;
    }

    /** @throws IllegalArgumentException with a message that says what is accepted */
    public static RunConfig fromProperties(Properties properties) {
        return new RunConfig(properties);
    }

    /** Fails before any benchmark time is spent if results cannot be saved. */
    public void checkResultsDirWritable() {
        try {
            Files.createDirectories(resultsDir);
            Path probe = Files.createTempFile(resultsDir, ".write-probe", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("results folder " + resultsDir + " is not writable (" + e
                    + "); fix its permissions or choose another with -Djmh.results=DIR");
        }
    }

    /** The parameters {@code jmh.params} names, checked. */
    private static Map<String, List<String>> parseParams(String text) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String assignment : text.split(";")) {
            if (assignment.isBlank()) {
                continue;
            }
            int eq = assignment.indexOf('=');
            if (eq <= 0 || eq == assignment.length() - 1) {
                throw new IllegalArgumentException("jmh.params takes name=value[,value...][;name=value...], e.g. "
                        + "'table=lineitem;scaleFactor=1', got '" + assignment + "'");
            }
            String name = assignment.substring(0, eq).trim();
            List<String> values = list(assignment.substring(eq + 1));
            for (String value : values) {
                ParamRules.check(name, value);
            }
            params.put(name, values);
        }
        return Collections.unmodifiableMap(params);
    }

    /** The preset's scale factors and the given tables, then whatever {@code jmh.params} names instead. */
    private static Map<String, List<String>> withPresetData(Map<String, List<String>> given, String tables, Preset preset) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("scaleFactor", list(preset.scaleFactor()));
        params.put("table", list(tables));
        params.putAll(given);
        return Collections.unmodifiableMap(params);
    }

    private static List<String> list(String text) {
        List<String> values = new ArrayList<>();
        for (String value : text.split(",")) {
            if (!value.isBlank()) {
                values.add(value.trim());
            }
        }
        return values;
    }

    private static String regex(String knob, String value) {
        try {
            Pattern.compile(value);
            return value;
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(knob + " must be a regular expression, got '" + value + "': "
                    + e.getDescription());
        }
    }

    /** At least 1: with 0 JMH runs the benchmarks inside the runner's JVM, whose heap, flags and JIT history differ. */
    private static int forks(Properties p, Preset preset) {
        String value = p.getProperty("jmh.forks");
        if (value != null && value.trim().equals("0")) {
            throw new IllegalArgumentException("jmh.forks=0 is refused: it would run the benchmarks inside the runner's "
                    + "JVM (other heap, flags and JIT history), whose numbers are not comparable with any other run; "
                    + "use jmh.forks >= 1");
        }
        return count(p, "jmh.forks", preset.forks(), 1);
    }

    private static int count(Properties p, String knob, int fallback, int min) {
        String value = p.getProperty(knob);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(knob + " must be a whole number >= " + min + ", got '" + value + "'");
    }

    /** The forks' java, checked for existence here; whether it starts is checked by {@link ForkJvm#probe}. */
    private static Path javaExecutable(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Path java = Paths.get(value.trim()).toAbsolutePath().normalize();
        String expected = "; jmh.jvm takes the java executable the forks run, e.g. "
                + "-Djmh.jvm=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java";
        if (Files.isDirectory(java)) {
            throw new IllegalArgumentException("jmh.jvm " + java + " is a folder, not a java executable (did you mean "
                    + java.resolve("bin").resolve("java") + "?)" + expected);
        }
        if (!Files.isRegularFile(java)) {
            throw new IllegalArgumentException("jmh.jvm " + java + " does not exist" + expected);
        }
        if (!Files.isExecutable(java)) {
            throw new IllegalArgumentException("jmh.jvm " + java + " is not executable" + expected);
        }
        return java;
    }

    private static Path path(String value, Path fallback) {
        return value == null || value.isBlank() ? fallback : Paths.get(value).toAbsolutePath().normalize();
    }

    public Preset preset() {
        return preset;
    }

    public String include() {
        return include;
    }

    /** May be null: nothing excluded. */
    public String exclude() {
        return exclude;
    }

    /** Parameter overrides, including the preset's scale factor and tables. */
    public Map<String, List<String>> params() {
        return params;
    }

    /** The overrides of the per-batch benchmarks: {@link #params()} with the preset's per-batch tables. */
    public Map<String, List<String>> perBatchParams() {
        return perBatchParams;
    }

    /** The overrides of one JMH start. */
    public Map<String, List<String>> params(JmhInvocation invocation) {
        return invocation.perBatch() ? perBatchParams : params;
    }

    /** The forks of the benchmarks that take the preset's count; see {@link #forks(JmhInvocation)}. */
    public int forks() {
        return forks;
    }

    /** The forks of one JMH start: {@code jmh.forks} if given, else the preset's count for its kind of benchmark. */
    public int forks(JmhInvocation invocation) {
        return forksGiven || !invocation.perBatch() ? forks : preset.perBatchForks();
    }

    /** The per-batch benchmarks' forks: {@code jmh.forks} if given, else the preset's. */
    public int perBatchForks() {
        return forksGiven ? forks : preset.perBatchForks();
    }

    public int warmupIterations() {
        return warmupIterations;
    }

    public int measurementIterations() {
        return measurementIterations;
    }

    /**
     * Whether the iteration counts above apply to a benchmark whose class declares its own
     * {@code @Warmup}/{@code @Measurement} (a steady-state shape, e.g. the per-batch C Data ones): only
     * when the user gave the knobs or the preset is a does-it-work run; otherwise the class knows best.
     */
    public boolean overridesDeclaredIterations() {
        return iterationKnobsGiven || preset.overridesDeclaredIterations();
    }

    public List<String> profilers() {
        return profilers;
    }

    public String label() {
        return label;
    }

    public Path resultsDir() {
        return resultsDir;
    }

    /** Where each run makes its scratch folder (datasets, raw JMH output), removed at the end of the run. */
    public Path scratchParent() {
        return scratchParent;
    }

    public List<String> extraJvmArgs() {
        return extraJvmArgs;
    }

    public Path suiteRoot() {
        return suiteRoot;
    }

    /** The java executable of the forks ({@code -Djmh.jvm}), or null: JMH's default, this JVM's. */
    public Path jvm() {
        return jvm;
    }

    /** In what order the forks run ({@code -Djmh.forkOrder}). */
    public ForkOrder forkOrder() {
        return forkOrder;
    }

    /** The forks' {@code GLIBC_TUNABLES} ({@code -Djmh.glibcTunables}); empty: none, glibc's defaults. */
    public String glibcTunables() {
        return glibcTunables;
    }

    /** The JVM the benchmarks will run in; a given {@code jmh.jvm} is started once to ask it. */
    public ForkJvm forkJvm() {
        return jvm == null ? ForkJvm.current() : ForkJvm.probe(jvm);
    }
}
