package dev.tpchbench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

class ProcessStatusTest {

    @Test
    void readsResidentMemoryAndThreadsFromACapturedStatusFile() throws IOException {
        ProcessStatus status = ProcessStatus.parse(resource("/measure/proc-self-status.txt"));

        // VmRSS: 1668 kB, RssAnon: 108 kB, RssFile: 1560 kB, VmHWM: 1668 kB, Threads: 1 (tab-separated)
        assertEquals(new ProcessStatus(1668 * 1024L, 108 * 1024L, 1560 * 1024L, 1668 * 1024L, 1), status);
    }

    @Test
    void aMissingFieldIsUnknownNotZero() {
        ProcessStatus status = ProcessStatus.parse("Name:\tjava\nVmRSS:\t  2048 kB\nThreads:\t42\n");

        assertEquals(2048 * 1024L, status.rssBytes());
        assertEquals(-1, status.rssAnonBytes());
        assertEquals(-1, status.rssFileBytes());
        assertEquals(42, status.threads());
    }

    @Test
    void aFieldInAnotherUnitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProcessStatus.parse("VmRSS:\t2 MB\n"));
    }

    @Test
    void thisProcessOnLinuxHasAnonymousAndFileBackedParts() {
        assumeTrue(Files.isReadable(Paths.get("/proc/self/status")), "Linux only");
        ProcessStatus self = ProcessStatus.self();

        assertTrue(self.rssAnonBytes() > 0 && self.rssFileBytes() > 0, self.toString());
        // RssShmem is the third part of VmRSS; a JVM has next to none.
        assertTrue(self.rssBytes() >= self.rssAnonBytes() + self.rssFileBytes() - 1024 * 1024, self.toString());
        assertTrue(self.threads() > 1, self.toString());
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ProcessStatusTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
