package dev.tpchbench.runner;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM flags every benchmark fork gets. (Maven-started JVMs, Surefire's and the runner's own,
 * take the same Arrow flags from the parent POM's {@code suite.jvm.flags}.)
 */
public final class SuiteJvmFlags {
    private SuiteJvmFlags() {
    }

    /** Flags Arrow needs on this JVM, whatever the preset. */
    public static List<String> arrowFlags() {
        List<String> flags = new ArrayList<>();
        flags.add("--add-opens=java.base/java.nio=ALL-UNNAMED");
        flags.add("-Darrow.allocation.manager.type=Netty");
        if (Runtime.version().feature() >= 24) {
            // Java 24+ warns on Arrow's and Lance's native and Unsafe memory access without these.
            flags.add("--enable-native-access=ALL-UNNAMED");
            flags.add("--sun-misc-unsafe-memory-access=allow");
        }
        return flags;
    }
}
