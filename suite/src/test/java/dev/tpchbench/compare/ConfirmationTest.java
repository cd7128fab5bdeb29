package dev.tpchbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.tpchbench.results.BadInputException;
import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.RunMeta;
import dev.tpchbench.results.RunResults;
import dev.tpchbench.runner.RunConfig;

class ConfirmationTest {
    private static final BenchmarkId IMPORT = new BenchmarkId("dev.tpchbench.bench.CDataImportBenchmark.importBatch",
            Map.of("batchRows", "65536", "importer", "ZERO_COPY", "ringBatches", "8", "scaleFactor", "1", "table", "lineitem"));
    private static final BenchmarkId EXPORT = new BenchmarkId("dev.tpchbench.bench.CDataExportBenchmark.exportBatch",
            Map.of("batchRows", "1024", "ringBatches", "8", "scaleFactor", "1", "table", "lineitem"));
    private static final RunComparator COMPARATOR = new RunComparator(CompareSettings.defaults());

    /** The import row 30 % slower (SLOWER), the export row unchanged. */
    private static RunComparison comparison(RunMeta.Git baselineGit, RunMeta.Git candidateGit) throws BadInputException {
        RunResults baseline = withGit(Samples.run("b", Samples.result(IMPORT, "us/op", Samples.normal(100, 0.01, 10, 1)),
                Samples.result(EXPORT, "us/op", Samples.normal(50, 0.01, 10, 2))), baselineGit);
        RunResults candidate = withGit(Samples.run("c", Samples.result(IMPORT, "us/op", Samples.normal(130, 0.01, 10, 3)),
                Samples.result(EXPORT, "us/op", Samples.normal(50, 0.01, 10, 4))), candidateGit);
        return COMPARATOR.compare(baseline, candidate);
    }

    private static RunMeta.Git clean(String sha) {
        return new RunMeta.Git(sha, sha.substring(0, 7), false);
    }

    @Test
    void aSlowerRowGetsTheAbCommandThatReRunsExactlyThatRow() throws BadInputException {
        RunComparison c = comparison(clean("1111111aaaa"), clean("2222222bbbb"));
        assertEquals(Verdict.SLOWER, c.rows().stream().filter(r -> r.key().equals(IMPORT)).findFirst().orElseThrow().verdict());
        List<String> lines = Confirmation.lines(c);
        assertEquals(1, lines.size(), "only the SLOWER row: " + lines);
        assertEquals(Confirmation.PREFIX + "mvn jmh:ab '-Djmh.baseline=1111111aaaa' '-Djmh.candidate=2222222bbbb' "
                + "'-Djmh.preset=quick' '-Djmh.include=^dev\\.tpchbench\\.bench\\.CDataImportBenchmark\\.importBatch$' "
                + "'-Djmh.params=batchRows=65536;importer=ZERO_COPY;ringBatches=8;scaleFactor=1;table=lineitem' "
                + "'-Djmh.forks=8' '-Djmh.alpha=0.10' '-Djmh.label=confirm'", lines.get(0));
    }

    @Test
    void theRunnerReadsTheCommandAsThatOneRow() throws BadInputException {
        List<String> arguments = Confirmation.arguments(row(comparison(clean("1111111aaaa"), clean("2222222bbbb")), IMPORT),
                "1111111aaaa", "2222222bbbb", "nightly");
        Properties properties = new Properties();
        for (String argument : arguments) {
            String[] knob = argument.substring(2).split("=", 2);
            properties.setProperty(knob[0], knob[1]);
        }
        RunConfig config = RunConfig.fromProperties(properties);
        Pattern include = Pattern.compile(config.include());
        assertTrue(include.matcher(IMPORT.benchmark()).find());
        assertFalse(include.matcher(IMPORT.benchmark() + "Twice").find(), "anchored: no other benchmark");
        assertFalse(include.matcher("dev.tpchbench.bench.CDataImportBenchmarkXimportBatch").find(), "dots are literal");
        IMPORT.params().forEach((name, value) -> assertEquals(List.of(value), config.perBatchParams().get(name), name));
        assertEquals(8, config.forks());
    }

    @Test
    void noSlowerRowNoLine() throws BadInputException {
        RunResults same = Samples.run("b", Samples.result(EXPORT, "us/op", Samples.normal(50, 0.01, 10, 2)));
        RunResults again = Samples.run("c", Samples.result(EXPORT, "us/op", Samples.normal(50, 0.01, 10, 4)));
        assertEquals(List.of(), Confirmation.lines(COMPARATOR.compare(same, again)));
    }

    @Test
    void aRunFromAModifiedTreeCannotBeConfirmed() throws BadInputException {
        List<String> lines = Confirmation.lines(comparison(clean("1111111aaaa"), new RunMeta.Git("2222222bbbb", "2222222", true)));
        assertEquals(List.of(Confirmation.PREFIX + "not possible: the candidate run c was made from a modified working "
                + "tree, which no revision can rebuild"), lines);
        List<String> unknown = Confirmation.lines(comparison(new RunMeta.Git("", "", false), clean("2222222bbbb")));
        assertEquals(List.of(Confirmation.PREFIX + "not possible: the baseline run b names no git revision"), unknown);
    }

    @Test
    void aParameterValueWithASpaceIsNotPutInACommand() throws BadInputException {
        BenchmarkId spaced = new BenchmarkId(IMPORT.benchmark(), Map.of("table", "line item", "scaleFactor", "1"));
        RunComparison c = COMPARATOR.compare(
                Samples.run("b", Samples.result(spaced, "us/op", Samples.normal(100, 0.01, 10, 1))),
                Samples.run("c", Samples.result(spaced, "us/op", Samples.normal(130, 0.01, 10, 3))));
        String line = Confirmation.lines(c).get(0);
        assertTrue(line.startsWith(Confirmation.PREFIX + "not possible: a quote or space in -Djmh.params="), line);
    }

    @Test
    void everyArgumentIsOneShellWord() throws BadInputException {
        String line = Confirmation.lines(comparison(clean("1111111aaaa"), clean("2222222bbbb"))).get(0);
        String command = line.substring((Confirmation.PREFIX + "mvn jmh:ab ").length());
        assertTrue(Arrays.stream(command.split(" ")).allMatch(w -> w.startsWith("'-D") && w.endsWith("'")), command);
    }

    private static ComparisonRow row(RunComparison c, BenchmarkId key) {
        return c.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static RunResults withGit(RunResults run, RunMeta.Git git) {
        return Samples.withProfilerAndGit(run, run.meta().orElseThrow().profiler(), git);
    }
}
