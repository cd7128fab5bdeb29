package dev.tpchbench.runner;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM flags every benchmark fork gets, for the fork JVM's version (which {@code -Djmh.jvm} can
 * make differ from the runner's). Maven-started JVMs, Surefire's and the runner's own, take the same
 * flags from the parent POM's {@code suite.jvm.flags} (its jdk24 profile adds the Java 24+ ones).
 */
public final class SuiteJvmFlags {
    private SuiteJvmFlags() {
    }

    /** Flags Arrow and Lance need on a JVM of this feature release (17, 21, 25), whatever the preset. */
    public static List<String> forJvm(int feature) {
        List<String> flags = new ArrayList<>();
        flags.add("--add-opens=java.base/java.nio=ALL-UNNAMED");
        flags.add("-Darrow.allocation.manager.type=Netty");
        if (feature >= 24) {
            // Java 24+ warns on Arrow's and Lance's native and Unsafe memory access without these.
            flags.add("--enable-native-access=ALL-UNNAMED");
            flags.add("--sun-misc-unsafe-memory-access=allow");
        }
        return flags;
    }
}
