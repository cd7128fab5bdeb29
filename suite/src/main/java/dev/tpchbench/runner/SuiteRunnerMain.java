package dev.tpchbench.runner;

import dev.tpchbench.results.Numbers;

/**
 * Entry point of {@code mvn jmh:run}. Reads the {@code -Djmh.*} knobs, fails at once on a bad one,
 * runs the suite. Exit status: 0 all verified, 1 something rejected or missing, 2 bad knobs.
 */
public final class SuiteRunnerMain {
    private SuiteRunnerMain() {
    }

    public static void main(String[] args) {
        int status;
        try {
            RunConfig config = RunConfig.fromProperties(System.getProperties());
            if (Boolean.parseBoolean(System.getProperty("jmh.list", "false"))) {
                PlannedRuns.plan(config).expectedRows().forEach((id, rows) ->
                        System.out.println(id + "  (" + Numbers.grouped(rows) + " rows)"));
                status = 0;
            } else {
                status = new SuiteRunner(System.out).run(config).exitCode;
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("jmh:run: " + e.getMessage());
            status = 2;
        } catch (Exception e) {
            System.err.println("jmh:run failed: " + e);
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }
}
