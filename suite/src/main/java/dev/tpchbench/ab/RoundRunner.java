package dev.tpchbench.ab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tpchbench.runner.SuiteJvmFlags;

/**
 * Runs one round: that revision's own runner ({@code SuiteRunnerMain} on its classpath) with one fork
 * of the whole plan, so that the fork is checked by that revision's gate. Its output goes to ours.
 */
final class RoundRunner {
    static final String RUNNER_MAIN = "dev.tpchbench.runner.SuiteRunnerMain";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AbSettings settings;

    RoundRunner(AbSettings settings) {
        this.settings = settings;
    }

    /** What a passed round wrote: its JMH result array and its metadata. */
    record RoundResult(Round round, JsonNode results, JsonNode meta) {
    }

    /** The command line of one round; its results go to {@code resultsDir}. */
    List<String> command(Round round, String classpath, Path suiteRoot, Path resultsDir) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(SuiteJvmFlags.forJvm(Runtime.version().feature()));
        command.add("-Xmx1g");
        command.add("-Dsuite.root=" + suiteRoot);
        settings.roundKnobs.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-Djmh.forks=1");
        command.add("-Djmh.label=" + settings.label(round.side()));
        command.add("-Djmh.results=" + resultsDir);
        List<String> jvmArgs = settings.forkJvmArgs(round.side());
        if (!jvmArgs.isEmpty()) {
            command.add("-Djmh.jvmArgsAppend=" + String.join(" ", jvmArgs));
        }
        command.add("-cp");
        command.add(classpath);
        command.add(RUNNER_MAIN);
        return command;
    }

    /** @throws AbException (exit 1) if the runner fails: the gate rejected something, or it crashed */
    RoundResult run(Round round, Revision revision, String classpath, Path suiteRoot, Path resultsDir)
            throws IOException, InterruptedException, AbException {
        Process process = new ProcessBuilder(command(round, classpath, suiteRoot, resultsDir)).inheritIO().start();
        int exit = process.waitFor();
        String which = "round " + round.number() + " of " + settings.rounds + ", " + round.side().word() + " "
                + revision.describe();
        if (exit != 0) {
            throw new AbException(which + ": the runner exited with status " + exit + " (see its output above). "
                    + "Nothing was recorded for either side.", 1);
        }
        Path json = resultFile(resultsDir, which);
        Path meta = json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", ".meta.json"));
        if (!Files.isRegularFile(meta)) {
            throw new AbException(which + ": the runner wrote no metadata beside " + json, 1);
        }
        JsonNode metaJson = JSON.readTree(meta.toFile());
        if (!"PASSED".equals(metaJson.path("status").asText())) {
            throw new AbException(which + ": the runner's gate says " + metaJson.path("status").asText("nothing")
                    + ". Nothing was recorded for either side.", 1);
        }
        return new RoundResult(round, JSON.readTree(json.toFile()), metaJson);
    }

    private static Path resultFile(Path dir, String which) throws IOException, AbException {
        List<Path> results;
        try (Stream<Path> files = Files.list(dir)) {
            results = files.filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".json") && !name.endsWith(".meta.json") && !name.startsWith(".");
            }).toList();
        }
        if (results.size() != 1) {
            throw new AbException(which + ": expected one results file in " + dir + ", found " + results.size(), 1);
        }
        return results.get(0);
    }
}
