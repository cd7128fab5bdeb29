package dev.tpchbench.runner;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A JDK 25 installed beside the one running the tests, found as {@code .ci/run} finds it; may be absent. */
public final class Jdk25 {
    private Jdk25() {
    }

    /** {@code JDK25_HOME}, else the first of {@code /usr/lib/jvm/*25*} holding bin/java; null if none. */
    public static Path find() {
        String home = System.getenv("JDK25_HOME");
        if (home != null && !home.isBlank()) {
            return Files.isExecutable(Paths.get(home, "bin", "java")) ? Paths.get(home) : null;
        }
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> jdks = Files.newDirectoryStream(Paths.get("/usr/lib/jvm"), "*25*")) {
            jdks.forEach(candidates::add);
        } catch (IOException e) {
            return null;
        }
        Collections.sort(candidates);
        for (Path jdk : candidates) {
            if (Files.isExecutable(jdk.resolve("bin").resolve("java"))) {
                return jdk;
            }
        }
        return null;
    }
}
