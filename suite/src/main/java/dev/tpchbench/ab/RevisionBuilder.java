package dev.tpchbench.ab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds a commit in a worktree of its own inside the A/B scratch folder and returns the classpath
 * its runner runs with: {@code mvn -o -q -DskipTests <plugin>:classpath}, which compiles main,
 * benchmark and test classes (test-compile) and writes the suite module's test classpath.
 */
final class RevisionBuilder {
    private static final int LOG_TAIL_LINES = 30;

    private final AbScratch scratch;
    private final String mvn;
    private final String classpathGoal;

    RevisionBuilder(AbScratch scratch, String mvn, String classpathGoal) {
        this.scratch = scratch;
        this.mvn = mvn;
        this.classpathGoal = classpathGoal;
    }

    /** A built revision: where its sources are (its runner's suite root) and its classpath. */
    record Build(Path root, String classpath) {
    }

    /** @param sides who measures this commit, for the error message, e.g. {@code baseline main (3e8b79b)} */
    Build build(Revision revision, String sides) throws IOException, AbException, InterruptedException {
        Path root = scratch.addWorktree(revision.sha());
        Path classpathFile = scratch.root().resolve("classpath-" + revision.sha() + ".txt");
        Path log = scratch.root().resolve("build-" + revision.sha() + ".log");
        List<String> command = List.of(mvn, "-o", "-q", "-B", "-DskipTests",
                "-Djmh.classpathFile=" + classpathFile, classpathGoal);
        Process process;
        try {
            process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new AbException("could not start Maven (" + mvn + ") to build " + sides + ": " + e.getMessage(), 2);
        }
        int exit = process.waitFor();
        if (exit != 0 || !Files.isRegularFile(classpathFile)) {
            throw new AbException("the " + sides + " does not build: " + String.join(" ", command) + " exited with "
                    + exit + (exit == 0 ? " but wrote no classpath (no module with src/jmh/java?)" : "")
                    + ". Last lines of its output:\n" + tail(log) + "\nNothing was run or recorded.", 2);
        }
        String classpath = Files.readString(classpathFile, StandardCharsets.UTF_8).trim();
        return new Build(root, classpath.isEmpty() ? root.toString() : classpath);
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return "    " + String.join("\n    ", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    }

    /** The classpath of this JVM: {@code mvn jmh:ab} compiled the working tree for it. */
    static String currentClasspath() {
        return System.getProperty("java.class.path", "");
    }
}
