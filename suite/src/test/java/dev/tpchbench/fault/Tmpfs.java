package dev.tpchbench.fault;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small tmpfs mounted inside a test's folder: a disk that really fills up. Needs mount rights (root). */
final class Tmpfs implements AutoCloseable {
    private final Path mountPoint;

    private Tmpfs(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts one of {@code size} (e.g. "2m"); skips the test, saying why, where mounting is not allowed. */
    static Tmpfs mount(Path mountPoint, String size) throws Exception {
        Files.createDirectories(mountPoint);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString())
                .redirectErrorStream(true).start();
        String output = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean mounted = mount.waitFor() == 0;
        if (!mounted) {
            System.out.println("Skipping: cannot mount a tmpfs at " + mountPoint + ": " + output.trim());
        }
        assumeTrue(mounted, "mounting a tmpfs is not permitted here: " + output.trim());
        return new Tmpfs(mountPoint);
    }

    Path path() {
        return mountPoint;
    }

    @Override
    public void close() throws Exception {
        new ProcessBuilder("umount", mountPoint.toString()).inheritIO().start().waitFor();
    }
}
