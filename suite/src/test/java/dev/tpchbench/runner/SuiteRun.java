package dev.tpchbench.runner;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

/** Runs the real runner (real JMH forks) on tiny data for a test, capturing what it prints. */
final class SuiteRun {
    final SuiteRunner.RunReport report;
    final String output;

    private SuiteRun(SuiteRunner.RunReport report, String output) {
        this.report = report;
        this.output = output;
    }

    /** @param extra more knobs, name then value */
    static SuiteRun run(Path dir, String include, String params, String... extra) throws Exception {
        Properties knobs = new Properties();
        knobs.setProperty("jmh.preset", "smoke");
        knobs.setProperty("jmh.include", include);
        knobs.setProperty("jmh.params", params);
        knobs.setProperty("jmh.label", "test");
        knobs.setProperty("jmh.results", dir.resolve("results").toString());
        knobs.setProperty("jmh.scratch", dir.resolve("scratch").toString());
        knobs.setProperty("suite.root", System.getProperty("suite.root", "."));
        for (int i = 0; i < extra.length; i += 2) {
            knobs.setProperty(extra[i], extra[i + 1]);
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SuiteRunner.RunReport report = new SuiteRunner(new PrintStream(log, true, StandardCharsets.UTF_8))
                .run(RunConfig.fromProperties(knobs));
        return new SuiteRun(report, log.toString(StandardCharsets.UTF_8));
    }
}
