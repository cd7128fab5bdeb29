package dev.tpchbench.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.tpchbench.results.RunMeta;
import dev.tpchbench.results.RunResults;

/**
 * The interleaved re-run that confirms a SLOWER row of a comparison between two separate runs.
 *
 * <p>Two runs made hours apart differ by the machine's drift as well as by the code: three nightly A/As of one
 * unchanged build on one host flagged 9 of 126 rows SLOWER (results/reference/night3-20261206/). So a SLOWER
 * there is a screening flag, and the confirmation is {@code jmh:ab} of the two runs' own revisions on that row
 * alone, forks interleaved A B B A on one machine at one time. The flag already fixed the direction, so the
 * re-run is judged one-sided at 5 % ({@link #ALPHA} two-sided, and only SLOWER confirms): an unchanged row
 * passes both with a probability below the flag rate times 0.05. {@code scripts/nightly} runs these lines.
 * The re-run gets the candidate's preset; other knobs of the original runs (iterations, forks) are not carried over.
 */
public final class Confirmation {
    /** Every line of {@link #lines} starts so; a command follows it, or {@link #NOT_POSSIBLE} and why. */
    public static final String PREFIX = "Confirm interleaved: ";
    static final String COMMAND = "mvn jmh:ab";
    static final String NOT_POSSIBLE = "not possible: ";
    /** Two-sided, so SLOWER means the 90 % interval is above 1: one-sided 5 % in the flagged direction. */
    static final double ALPHA = 0.10;
    /**
     * Rounds of one fork a side (A B, B A, ...): with 4 a planted 10 % was SLOWER in 7 of 15 per-batch rows, with 8 in
     * 14 of 15, and no A/A row SLOWER in either (results/reference/confirm-20261206/).
     */
    static final int ROUNDS = 8;
    static final String LABEL = "confirm";

    private Confirmation() {
    }

    /**
     * One line per SLOWER row: {@link #PREFIX} and the {@code jmh:ab} command that re-runs just that row
     * (every argument single-quoted, none holding a quote or a space), or a single {@link #NOT_POSSIBLE} line
     * when the runs do not name clean revisions. No line when nothing is SLOWER.
     */
    public static List<String> lines(RunComparison comparison) {
        List<ComparisonRow> slower = comparison.rows().stream().filter(r -> r.verdict() == Verdict.SLOWER).toList();
        if (slower.isEmpty()) {
            return List.of();
        }
        Optional<String> problem = revisionProblem("baseline", comparison.baseline())
                .or(() -> revisionProblem("candidate", comparison.candidate()));
        if (problem.isPresent()) {
            return List.of(PREFIX + NOT_POSSIBLE + problem.get());
        }
        RunMeta baseline = comparison.baseline().meta().orElseThrow();
        RunMeta candidate = comparison.candidate().meta().orElseThrow();
        String preset = candidate.preset() != null ? candidate.preset() : baseline.preset();
        List<String> lines = new ArrayList<>();
        for (ComparisonRow row : slower) {
            List<String> arguments = arguments(row, baseline.git().sha(), candidate.git().sha(), preset);
            Optional<String> unsafe = arguments.stream().filter(a -> a.contains("'") || a.contains(" ")).findFirst();
            lines.add(PREFIX + unsafe.map(a -> NOT_POSSIBLE + "a quote or space in " + a)
                    .orElseGet(() -> COMMAND + " " + arguments.stream().map(a -> "'" + a + "'").collect(Collectors.joining(" "))));
        }
        return lines;
    }

    /** The {@code -D} arguments that re-run exactly this row: the one benchmark, every parameter as recorded. */
    static List<String> arguments(ComparisonRow row, String baselineSha, String candidateSha, String preset) {
        Map<String, String> knobs = new LinkedHashMap<>();
        knobs.put("jmh.baseline", baselineSha);
        knobs.put("jmh.candidate", candidateSha);
        if (preset != null) {
            knobs.put("jmh.preset", preset);
        }
        knobs.put("jmh.include", "^" + row.key().benchmark().replace(".", "\\.") + "$");
        // All of them, derived ones (ringBatches) included: the runner derives nothing it is given.
        knobs.put("jmh.params", row.key().params().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";")));
        knobs.put("jmh.forks", String.valueOf(ROUNDS));
        knobs.put("jmh.alpha", String.format(Locale.ROOT, "%.2f", ALPHA));
        knobs.put("jmh.label", LABEL);
        return knobs.entrySet().stream().map(e -> "-D" + e.getKey() + "=" + e.getValue()).toList();
    }

    private static Optional<String> revisionProblem(String side, RunResults run) {
        if (run.meta().isEmpty()) {
            return Optional.of("the " + side + " run " + run.id() + " has no metadata, so no revision to build");
        }
        RunMeta.Git git = run.meta().get().git();
        if (git.sha() == null || git.sha().isBlank()) {
            return Optional.of("the " + side + " run " + run.id() + " names no git revision");
        }
        if (!Boolean.FALSE.equals(git.dirty())) {
            return Optional.of("the " + side + " run " + run.id() + " was made from a modified working tree, "
                    + "which no revision can rebuild");
        }
        return Optional.empty();
    }
}
