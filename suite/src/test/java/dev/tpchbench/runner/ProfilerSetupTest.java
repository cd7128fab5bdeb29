package dev.tpchbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilerSetupTest {
    @TempDir
    Path dir;

    @Test
    void unknownProfilerIsRefusedWithTheAvailableOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProfilerSetup.prepare(List.of("nonsense"), dir));
        assertTrue(e.getMessage().startsWith("jmh.prof 'nonsense' cannot start: "), e.getMessage());
        assertTrue(e.getMessage().contains("profilers available here: "), e.getMessage());
        assertTrue(e.getMessage().contains("gc, "), e.getMessage());
    }

    @Test
    void asyncWhoseLibraryDoesNotLoadIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProfilerSetup.prepare(List.of("async:libPath=" + dir.resolve("missing.so")), dir));
        assertTrue(e.getMessage().contains("cannot start: Unable to load async-profiler"), e.getMessage());
        assertTrue(e.getMessage().contains("profilers available here: "), e.getMessage());
    }

    @Test
    void asyncOutputFolderIsTheRunners() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProfilerSetup.prepare(List.of("async:dir=/tmp/elsewhere"), dir));
        assertTrue(e.getMessage().contains("dir is chosen by the runner"), e.getMessage());
    }

    @Test
    void asyncGetsTheSuitesLibraryOneFlameGraphPerRowAndAnEventThatWorksHere() throws Exception {
        assumeTrue(AsyncProfilerLibrary.resource().isPresent(), "async-profiler ships no library for this platform");
        ProfilerSetup setup = ProfilerSetup.prepare(List.of("async"), dir);
        assertEquals(2, setup.profilers().size());
        ProfilerSetup.JmhProfiler async = setup.profilers().get(0);
        assertEquals("async", async.name());
        Path library = dir.resolve(AsyncProfilerLibrary.FILE_NAME);
        assertTrue(Files.size(library) > 0);
        String event = setup.mark().substring("async:".length());
        assertTrue(List.of("cpu", "itimer", "wall").contains(event), setup.mark());
        assertEquals("libPath=" + library + ";event=" + event + ";output=flamegraph;direction=forward;dir="
                + dir.resolve("profiles"), async.options());
        assertEquals(Optional.of(dir.resolve("profiles")), setup.profilesDir());
        assertTrue(setup.note().startsWith("event " + event + ": "), setup.note());
        // JMH's async profiler gives every fork of a row the same folder: each fork's files are moved aside.
        assertEquals("dev.tpchbench.runner.PerForkProfiles:dir=" + dir.resolve("profiles"),
                setup.profilers().get(1).toString());
    }

    @Test
    void givenAsyncOptionsWinOverTheDefaults() throws Exception {
        assumeTrue(AsyncProfilerLibrary.resource().isPresent(), "async-profiler ships no library for this platform");
        ProfilerSetup setup = ProfilerSetup.prepare(List.of("gc", "async:event=wall;direction=both"), dir);
        assertEquals("gc,async:wall", setup.mark());
        assertEquals("gc", setup.profilers().get(0).toString());
        assertEquals("async:libPath=" + dir.resolve(AsyncProfilerLibrary.FILE_NAME)
                + ";output=flamegraph;direction=both;event=wall;dir=" + dir.resolve("profiles"),
                setup.profilers().get(1).toString());
        assertEquals(PerForkProfiles.class.getName(), setup.profilers().get(2).name());
        assertEquals(3, setup.profilers().size());
    }

    @Test
    void anatomyIsTheSuitesProfilerByItsShortName() throws Exception {
        ProfilerSetup anatomy = ProfilerSetup.prepare(List.of("anatomy"), dir);
        assertEquals("anatomy", anatomy.mark());
        assertEquals(List.of(new ProfilerSetup.JmhProfiler("dev.tpchbench.measure.AnatomyProfiler", "")),
                anatomy.profilers());
        assertTrue(ProfilerSetup.available().stream().anyMatch(name -> name.startsWith("anatomy ")));
    }

    @Test
    void aRunWithoutProfilersIsNotMarked() throws Exception {
        ProfilerSetup gcOnly = ProfilerSetup.prepare(List.of("gc"), dir);
        assertEquals("gc", gcOnly.mark());
        assertEquals(1, gcOnly.profilers().size());
        assertTrue(gcOnly.profilesDir().isEmpty());
        assertNull(ProfilerSetup.none().mark());
        assertFalse(ProfilerSetup.none().profiled());
    }

    @Test
    void readsTheSupportedNamesOfJmhsListing() {
        String listing = "Supported profilers:\n          cl: Classloader profiling via standard MBeans \n"
                + "          gc: GC profiling via standard MBeans \n\nUnsupported profilers:\n       async: <none> \n"
                + "Unable to load async-profiler.\n";
        assertEquals(List.of("cl", "gc"), ProfilerSetup.supported(listing));
    }

    @Test
    void platformFolders() {
        assertEquals(Optional.of("linux-x64"), AsyncProfilerLibrary.platformFolder("Linux", "amd64"));
        assertEquals(Optional.of("linux-arm64"), AsyncProfilerLibrary.platformFolder("Linux", "aarch64"));
        assertEquals(Optional.of("macos"), AsyncProfilerLibrary.platformFolder("Mac OS X", "aarch64"));
        assertEquals(Optional.empty(), AsyncProfilerLibrary.platformFolder("Windows 11", "amd64"));
    }
}
