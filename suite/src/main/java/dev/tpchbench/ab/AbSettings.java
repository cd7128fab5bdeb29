package dev.tpchbench.ab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import dev.tpchbench.compare.CompareSettings;
import dev.tpchbench.results.BadInputException;
import dev.tpchbench.results.Knobs;
import dev.tpchbench.runner.RunConfig;

/**
 * The knobs of {@code mvn jmh:ab}, all checked before anything is built or run. The runner's own
 * knobs ({@code jmh.preset}, {@code jmh.include}, {@code jmh.params}, iterations, ...) are handed on
 * to every round unchanged; the ones this class owns are not.
 */
final class AbSettings {
    static final String DEFAULT_LABEL = "ab";
    static final String DEFAULT_BASELINE = "HEAD";
    /** Knobs that mean something else to a round than to {@code jmh:ab}, or nothing at all. */
    private static final Set<String> OWN_KNOBS = Set.of("jmh.baseline", "jmh.candidate", "jmh.baselineJvmArgs",
            "jmh.candidateJvmArgs", "jmh.label", "jmh.results", "jmh.forks", "jmh.jvmArgsAppend", "jmh.alpha",
            "jmh.minEffect", "jmh.force", "jmh.failOnRegression", "jmh.markdown", "jmh.list", "jmh.classpathFile");

    final String baselineRef;
    final String candidateRef;
    final List<String> baselineJvmArgs;
    final List<String> candidateJvmArgs;
    final String label;
    final int rounds;
    final RunConfig runConfig;
    final CompareSettings compare;
    final boolean failOnRegression;
    final Optional<Path> markdown;
    final String mvn;
    final String classpathGoal;
    /** The runner knobs every round gets, sorted for a stable command line. */
    final Map<String, String> roundKnobs;
    private final List<String> commonJvmArgs;

    private AbSettings(Properties p) throws AbException {
        Knobs knobs = new Knobs(p);
        Optional<String> prof = knobs.text("jmh.prof");
        if (prof.isPresent()) {
            // An A/B compares timings; a profiler adds its own overhead to them, unevenly between code paths.
            throw new AbException("-Djmh.prof='" + prof.get() + "' is refused: jmh:ab compares "
                    + "timings, and a profiler's overhead would be in them (not even the same share on both sides). "
                    + "Profile each side with mvn jmh:run -Djmh.prof=async instead.", 2);
        }
        baselineRef = knobs.text("jmh.baseline").orElse(DEFAULT_BASELINE);
        candidateRef = knobs.text("jmh.candidate").orElse(Revision.WORKTREE);
        baselineJvmArgs = words(knobs.text("jmh.baselineJvmArgs").orElse(""));
        candidateJvmArgs = words(knobs.text("jmh.candidateJvmArgs").orElse(""));
        commonJvmArgs = words(knobs.text("jmh.jvmArgsAppend").orElse(""));
        label = knobs.text("jmh.label").orElse(DEFAULT_LABEL);
        try {
            Properties check = new Properties();
            check.putAll(p);
            // The longer of the two labels must still be a valid runner label.
            check.setProperty("jmh.label", label + "-" + Side.CANDIDATE.word());
            check.remove("jmh.forks");
            runConfig = RunConfig.fromProperties(check);
            rounds = rounds(knobs, runConfig.preset().forks());
            compare = new CompareSettings(knobs.fraction("jmh.alpha", CompareSettings.DEFAULT_ALPHA),
                    knobs.fraction("jmh.minEffect", CompareSettings.DEFAULT_MIN_EFFECT), knobs.flag("jmh.force"));
            failOnRegression = knobs.flag("jmh.failOnRegression");
        } catch (IllegalArgumentException | BadInputException e) {
            throw new AbException(e.getMessage(), 2);
        }
        markdown = knobs.text("jmh.markdown").map(Path::of);
        mvn = knobs.text("suite.mvn").orElse("mvn");
        classpathGoal = knobs.text("suite.classpathGoal").orElse("jmh:classpath");
        roundKnobs = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith("jmh.") && !OWN_KNOBS.contains(name)) {
                roundKnobs.put(name, p.getProperty(name));
            }
        }
    }

    static AbSettings from(Properties properties) throws AbException {
        return new AbSettings(properties);
    }

    /** One fork per round and side; at least two rounds, or there is no A B B A and no spread per side. */
    private static int rounds(Knobs knobs, int presetForks) throws BadInputException {
        if (knobs.text("jmh.forks").isEmpty()) {
            return Math.max(2, presetForks);
        }
        int forks = knobs.integer("jmh.forks", 2);
        if (forks < 2) {
            throw new BadInputException("-Djmh.forks is the number of A/B rounds for jmh:ab and must be >= 2, got "
                    + forks);
        }
        return forks;
    }

    String ref(Side side) {
        return side == Side.BASELINE ? baselineRef : candidateRef;
    }

    /** {@code -Djmh.jvmArgsAppend} first, then the side's own {@code -Djmh.<side>JvmArgs}. */
    List<String> forkJvmArgs(Side side) {
        List<String> args = new ArrayList<>(commonJvmArgs);
        args.addAll(side == Side.BASELINE ? baselineJvmArgs : candidateJvmArgs);
        return args;
    }

    List<String> sideJvmArgs(Side side) {
        return side == Side.BASELINE ? baselineJvmArgs : candidateJvmArgs;
    }

    String label(Side side) {
        return label + "-" + side.word();
    }

    Path resultsDir() {
        return runConfig.resultsDir();
    }

    Path suiteRoot() {
        return runConfig.suiteRoot();
    }

    Path scratchParent() {
        return runConfig.scratchParent();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>(Arrays.asList(text.trim().split("\\s+")));
        words.removeIf(String::isEmpty);
        return words;
    }
}
