package dev.tpchbench.runner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * async-profiler's native library, which the suite's dependency {@code tools.profiler:async-profiler}
 * ships per platform inside its jar; JMH's async profiler loads it from a file ({@code libPath=}).
 */
final class AsyncProfilerLibrary {
    static final String FILE_NAME = "libasyncProfiler.so";

    private AsyncProfilerLibrary() {
    }

    /** The jar's folder for a platform: linux-x64, linux-arm64 or macos; empty where it ships none. */
    static Optional<String> platformFolder(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        if (os.contains("linux")) {
            if (arch.equals("amd64") || arch.equals("x86_64")) {
                return Optional.of("linux-x64");
            }
            if (arch.equals("aarch64") || arch.equals("arm64")) {
                return Optional.of("linux-arm64");
            }
            return Optional.empty();
        }
        return os.contains("mac") ? Optional.of("macos") : Optional.empty();
    }

    /** This platform's library as a class path resource, if the jar is on the class path and ships one. */
    static Optional<String> resource() {
        return platformFolder(System.getProperty("os.name", ""), System.getProperty("os.arch", ""))
                .map(folder -> folder + "/" + FILE_NAME)
                .filter(name -> AsyncProfilerLibrary.class.getClassLoader().getResource(name) != null);
    }

    /** The version of the jar, as recorded in its Maven metadata. */
    static String version() {
        return Environment.mavenVersion("tools.profiler", "async-profiler");
    }

    /**
     * Copies this platform's library into {@code dir}.
     *
     * @throws IllegalArgumentException if the jar is not on the class path or has no library for this platform
     */
    static Path extract(Path dir) throws IOException {
        String name = resource().orElseThrow(() -> new IllegalArgumentException(
                "async-profiler has no native library for " + System.getProperty("os.name") + " "
                        + System.getProperty("os.arch") + " on the class path (tools.profiler:async-profiler ships "
                        + "linux-x64, linux-arm64 and macos)"));
        Files.createDirectories(dir);
        Path library = dir.resolve(FILE_NAME);
        try (InputStream in = AsyncProfilerLibrary.class.getClassLoader().getResourceAsStream(name)) {
            Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
        }
        return library;
    }
}
