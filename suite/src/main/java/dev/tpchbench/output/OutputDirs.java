package dev.tpchbench.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Fresh, private output locations for benchmark writes. Each measured write gets a target that
 * did not exist before (never a leftover of an earlier iteration or run), under the run's scratch
 * folder, which the runner removes at the end.
 */
public final class OutputDirs {
    /** Set by the runner for every fork; without it (a test, a plain JMH run) the system temp folder is used. */
    public static final String SCRATCH_PROPERTY = "tpchbench.scratch";
    /** The name of every target {@link #freshTarget} makes, so that {@link #deleteTarget} can recognise one. */
    private static final String TARGET_NAME = "dataset";

    private OutputDirs() {
    }

    public static Path scratchRoot() throws IOException {
        String configured = System.getProperty(SCRATCH_PROPERTY);
        Path root = configured == null || configured.isEmpty()
                ? Paths.get(System.getProperty("java.io.tmpdir"), "tpchbench-scratch")
                : Paths.get(configured);
        return Files.createDirectories(root);
    }

    /** A path that does not exist yet, in a new private folder: the writer creates it. */
    public static Path freshTarget(String prefix) throws IOException {
        return Files.createTempDirectory(scratchRoot(), prefix + "-").resolve(TARGET_NAME);
    }

    /** Bytes of all regular files under {@code path}. */
    public static long sizeOnDisk(Path path) throws IOException {
        if (!Files.exists(path)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Deletes a target of {@link #freshTarget} and the private folder made for it. Any other path is refused: the
     * folder deleted is the target's parent, which for a path picked by hand could be anything (/tmp, say).
     */
    public static void deleteTarget(Path target) throws IOException {
        Path folder = target.toAbsolutePath().normalize().getParent();
        if (!target.getFileName().toString().equals(TARGET_NAME) || folder == null
                || !scratchRoot().toAbsolutePath().normalize().equals(folder.getParent())) {
            throw new IllegalArgumentException("Not a target of OutputDirs.freshTarget, so not deleting its folder: " + target);
        }
        deleteTree(folder);
    }

    /** Deletes a folder tree; files that vanish meanwhile (another remover, a dying fork) are not an error. */
    public static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof NoSuchFileException)) {
                throw e.getCause();
            }
        } catch (NoSuchFileException e) {
            // gone meanwhile: callers that must see it gone look again
        }
    }
}
