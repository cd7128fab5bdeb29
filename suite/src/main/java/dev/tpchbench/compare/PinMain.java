package dev.tpchbench.compare;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Properties;

import dev.tpchbench.results.BadInputException;
import dev.tpchbench.results.Knobs;
import dev.tpchbench.results.ResultsDirectory;
import dev.tpchbench.results.RunResults;

/**
 * {@code mvn jmh:pin -Djmh.pin=<name> [-Djmh.run=<run>]}: copies a run (default: the newest) to
 * {@code results/baselines/<name>.json}, to be compared against as {@code baseline:<name>}.
 * Exit status 2 on bad input.
 */
public final class PinMain {
    private PinMain() {
    }

    public static void main(String[] args) {
        System.exit(run(System.getProperties(), System.out, System.err));
    }

    static int run(Properties properties, PrintStream out, PrintStream err) {
        Knobs knobs = new Knobs(properties);
        try {
            ResultsDirectory results = knobs.resultsDirectory();
            String name = knobs.text("jmh.pin").orElseThrow(() -> new BadInputException(
                    "Name the baseline: -Djmh.pin=<name> (and optionally -Djmh.run=<stem|label|file>)"));
            RunResults run = knobs.text("jmh.run").isPresent() ? results.resolve(knobs.text("jmh.run").get())
                    : results.newest().orElseThrow(() -> new BadInputException("No runs in " + results.path())).read();
            Path pinned = results.pin(run, name);
            out.println("Pinned " + run.id() + " as baseline:" + name + " (" + pinned + ")");
            return 0;
        } catch (BadInputException | IOException e) {
            err.println("jmh:pin: " + e.getMessage());
            return 2;
        }
    }
}
