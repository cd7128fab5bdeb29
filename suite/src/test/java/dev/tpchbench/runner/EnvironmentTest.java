package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class EnvironmentTest {
    @Test
    void everyLibraryUnderTestHasAKnownVersion() {
        Map<String, String> versions = Environment.versions();
        versions.forEach((library, version) -> assertTrue(version.matches("\\d+(\\.\\d+)+.*"),
                library + " has version " + version));
        assertEquals(System.getProperty("expected.lance.version"), versions.get("lance-core"),
                "lance-core's jar has no Maven metadata: its version comes from the jar's file name");
    }
}
