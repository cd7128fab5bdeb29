package dev.tpchbench.compare;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import dev.tpchbench.results.AtomicFiles;
import dev.tpchbench.results.BadInputException;
import dev.tpchbench.results.Knobs;
import dev.tpchbench.results.ResultsDirectory;
import dev.tpchbench.results.RunResults;

/**
 * {@code mvn jmh:compare}: compares a candidate run with a baseline run, prints a table and writes
 * it as Markdown to {@code results/reports/}.
 *
 * <p>Knobs: {@code jmh.baseline}, {@code jmh.candidate} (a result file, a run stem, a label meaning
 * its newest run, or {@code baseline:<name>}; default candidate = newest run, baseline = the run
 * before it), {@code jmh.alpha} (0.01), {@code jmh.minEffect} (0.05), {@code jmh.force},
 * {@code jmh.failOnRegression}, {@code jmh.results}, {@code jmh.markdown} (output file).
 * Every SLOWER row gets a line with the {@code jmh:ab} command that confirms it interleaved ({@link Confirmation}).
 * Exit status: 0 done, 1 a SLOWER row and failOnRegression (INCONCLUSIVE never fails), 2 bad input or refused.
 */
public final class CompareMain {
    private CompareMain() {
    }

    public static void main(String[] args) {
        System.exit(run(System.getProperties(), System.out, System.err));
    }

    static int run(Properties properties, PrintStream out, PrintStream err) {
        Knobs knobs = new Knobs(properties);
        try {
            // Every knob is checked before any work, so a typo fails fast and not only on a regression.
            CompareSettings settings = settings(knobs);
            boolean failOnRegression = knobs.flag("jmh.failOnRegression");
            ResultsDirectory results = knobs.resultsDirectory();
            double planted = knobs.fraction("jmh.plantSlowdown", 1);
            if (!(planted >= 1)) {
                throw new BadInputException("jmh.plantSlowdown must be a factor >= 1 (1.10 = 10% slower), got " + planted);
            }
            RunResults candidate = candidate(knobs, results);
            RunResults baseline = baseline(knobs, results, candidate);
            if (baseline.jsonFile().toAbsolutePath().normalize().equals(candidate.jsonFile().toAbsolutePath().normalize())) {
                throw new BadInputException("Baseline and candidate are the same run: " + candidate.id());
            }
            // A power check: the candidate's real samples, made slower by a known factor.
            RunComparison comparison = new RunComparator(settings).compare(baseline,
                    planted == 1 ? candidate : candidate.slowedBy(planted));

            out.print(ComparisonReport.text(comparison));
            // A planted comparison gets a name of its own: it must not replace the real one's report.
            String plantedSuffix = planted == 1 ? "" : String.format(Locale.ROOT, "_planted%.3f", planted);
            Path markdown = knobs.text("jmh.markdown").map(Path::of).orElseGet(() -> results.path().resolve("reports")
                    .resolve("compare_" + fileSafe(candidate.id()) + "_vs_" + fileSafe(baseline.id()) + plantedSuffix + ".md"));
            // A planted comparison's SLOWER rows are the plant's: there is nothing to confirm.
            List<String> confirmations = planted == 1 ? Confirmation.lines(comparison) : List.of();
            AtomicFiles.writeString(markdown, ComparisonReport.markdown(comparison, confirmations));
            out.println("Markdown: " + markdown);
            confirmations.forEach(out::println);

            if (comparison.hasRegression() && failOnRegression) {
                err.println("jmh:compare: significant regression (" + comparison.count(Verdict.SLOWER)
                        + " slower); failing because -Djmh.failOnRegression=true");
                return 1;
            }
            return 0;
        } catch (BadInputException | IOException e) {
            err.println("jmh:compare: " + e.getMessage());
            return 2;
        }
    }

    private static RunResults candidate(Knobs knobs, ResultsDirectory results) throws BadInputException, IOException {
        if (knobs.text("jmh.candidate").isPresent()) {
            return results.resolve(knobs.text("jmh.candidate").get());
        }
        return results.newest().orElseThrow(() -> new BadInputException("No runs in " + results.path()
                + " (set -Djmh.results or run mvn jmh:run first)")).read();
    }

    private static RunResults baseline(Knobs knobs, ResultsDirectory results, RunResults candidate)
            throws BadInputException, IOException {
        if (knobs.text("jmh.baseline").isPresent()) {
            return results.resolve(knobs.text("jmh.baseline").get());
        }
        return results.runBefore(candidate).orElseThrow(() -> new BadInputException("No run before "
                + candidate.id() + " in " + results.path() + "; name one with -Djmh.baseline")).read();
    }

    private static CompareSettings settings(Knobs knobs) throws BadInputException {
        try {
            return new CompareSettings(knobs.fraction("jmh.alpha", CompareSettings.DEFAULT_ALPHA),
                    knobs.fraction("jmh.minEffect", CompareSettings.DEFAULT_MIN_EFFECT), knobs.flag("jmh.force"));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static String fileSafe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
