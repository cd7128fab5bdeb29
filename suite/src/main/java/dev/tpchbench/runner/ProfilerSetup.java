package dev.tpchbench.runner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.profile.ProfilerFactory;
import org.openjdk.jmh.runner.options.ProfilerConfig;

import dev.tpchbench.measure.AnatomyProfiler;

/**
 * The profilers of a run ({@code -Djmh.prof}), each started once in the runner before any benchmark
 * runs: JMH itself would only find out per benchmark, and end every one of them MISSING.
 *
 * <p>{@code async} gets what it needs from the suite: the library from the async-profiler jar, one
 * forward flame graph (HTML) per benchmark x parameter set and fork in {@link #profilesDir()} (through
 * {@link PerForkProfiles}), and an event that works here ({@code cpu} where perf events are allowed, else
 * {@code itimer}) unless one is given. {@code anatomy} is the suite's {@link AnatomyProfiler}.
 */
public final class ProfilerSetup {
    static final String ASYNC = "async";
    /** The suite's {@link AnatomyProfiler}, by a short name. */
    static final String ANATOMY = "anatomy";

    /** One {@code -prof name:options} for JMH. */
    public record JmhProfiler(String name, String options) {
        @Override
        public String toString() {
            return options.isEmpty() ? name : name + ":" + options;
        }
    }

    private final List<JmhProfiler> profilers;
    private final List<String> marks;
    private final Path profilesDir;
    private final String note;

    private ProfilerSetup(List<JmhProfiler> profilers, List<String> marks, Path profilesDir, String note) {
        this.profilers = Collections.unmodifiableList(profilers);
        this.marks = Collections.unmodifiableList(marks);
        this.profilesDir = profilesDir;
        this.note = note;
    }

    /**
     * Prepares and starts each requested profiler once.
     *
     * @param requested {@code name} or {@code name:opt=v;opt=v}, as given to {@code -Djmh.prof}
     * @param workDir   the run's scratch folder for the profiler: the extracted library, the raw profiles
     * @throws IllegalArgumentException naming the profiler, why it cannot start and the profilers available
     */
    static ProfilerSetup prepare(List<String> requested, Path workDir) throws IOException {
        List<JmhProfiler> profilers = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        Path profilesDir = null;
        String note = "";
        for (String spec : requested) {
            int colon = spec.indexOf(':');
            String name = colon < 0 ? spec : spec.substring(0, colon);
            String options = colon < 0 ? "" : spec.substring(colon + 1);
            if (name.equals(ASYNC)) {
                if (profilesDir != null) {
                    throw new IllegalArgumentException("jmh.prof names async twice ('" + String.join(",", requested)
                            + "'); give it once, with its options after a colon");
                }
                profilesDir = workDir.resolve("profiles");
                Map<String, String> given = asyncOptions(spec, options);
                Map<String, String> async = new LinkedHashMap<>();
                if (!given.containsKey("libPath")) {
                    async.put("libPath", AsyncProfilerLibrary.extract(workDir).toString());
                }
                String event = given.get("event");
                if (event == null) {
                    // JMH's own start first: a library that does not load is reported in JMH's words.
                    Map<String, String> withoutEvent = new LinkedHashMap<>(async);
                    withoutEvent.putAll(given);
                    start(spec, new JmhProfiler(name, join(withoutEvent)));
                    PerfEventCheck.Choice choice = PerfEventCheck.choose(Path.of(
                            given.getOrDefault("libPath", async.get("libPath"))));
                    event = choice.event();
                    async.put("event", event);
                    note = choice.reason();
                } else {
                    note = "event " + event + " as given";
                }
                async.put("output", "flamegraph");
                async.put("direction", "forward");
                async.putAll(given);
                async.put("dir", profilesDir.toString());
                options = join(async);
                marks.add(ASYNC + ":" + event);
            } else {
                marks.add(name);
            }
            JmhProfiler profiler = new JmhProfiler(name.equals(ANATOMY) ? AnatomyProfiler.class.getName() : name, options);
            start(spec, profiler);
            profilers.add(profiler);
            if (name.equals(ASYNC)) {
                // Without it, each fork of a row would overwrite the flame graphs of the one before.
                JmhProfiler perFork = new JmhProfiler(PerForkProfiles.class.getName(),
                        PerForkProfiles.options(profilesDir));
                start(spec, perFork);
                profilers.add(perFork);
            }
        }
        return new ProfilerSetup(profilers, marks, profilesDir, note);
    }

    /** No profiler: the run is not marked. */
    static ProfilerSetup none() {
        return new ProfilerSetup(List.of(), List.of(), null, "");
    }

    private static Map<String, String> asyncOptions(String spec, String options) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String option : options.split(";")) {
            if (option.isBlank()) {
                continue;
            }
            int eq = option.indexOf('=');
            String key = eq < 0 ? option.trim() : option.substring(0, eq).trim();
            if (key.equals("dir")) {
                throw new IllegalArgumentException("jmh.prof '" + spec + "': dir is chosen by the runner (the flame "
                        + "graphs are kept beside the run's results, in <run>.profiles/); leave it out");
            }
            given.put(key, eq < 0 ? "" : option.substring(eq + 1).trim());
        }
        return given;
    }

    private static String join(Map<String, String> options) {
        List<String> parts = new ArrayList<>();
        options.forEach((key, value) -> parts.add(value.isEmpty() ? key : key + "=" + value));
        return String.join(";", parts);
    }

    /** Starts the profiler as JMH would for each benchmark, so that one that cannot start stops the run now. */
    private static void start(String spec, JmhProfiler profiler) {
        ProfilerConfig config = profiler.options().isEmpty() ? new ProfilerConfig(profiler.name())
                : new ProfilerConfig(profiler.name(), profiler.options());
        try {
            ProfilerFactory.getProfilerOrException(config);
        } catch (ProfilerException | RuntimeException | LinkageError e) {
            throw new IllegalArgumentException("jmh.prof '" + spec + "' cannot start: " + reason(e)
                    + "; profilers available here: " + String.join(", ", available()));
        }
    }

    private static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    /** JMH's supported profilers here, and the suite's: async, which JMH cannot find by itself, and anatomy. */
    static List<String> available() {
        ByteArrayOutputStream listing = new ByteArrayOutputStream();
        ProfilerFactory.listProfilers(new PrintStream(listing, true, StandardCharsets.UTF_8));
        List<String> names = supported(listing.toString(StandardCharsets.UTF_8));
        if (AsyncProfilerLibrary.resource().isPresent()) {
            names.add(ASYNC + " (async-profiler " + AsyncProfilerLibrary.version() + ", from the suite's dependencies)");
        }
        names.add(ANATOMY + " (the suite's: where each iteration's timed calls spent their time)");
        return names;
    }

    /** The names under "Supported profilers:" in JMH's listing. */
    static List<String> supported(String listing) {
        List<String> names = new ArrayList<>();
        boolean inSupported = false;
        for (String line : listing.split("\\R")) {
            if (line.startsWith("Supported profilers:")) {
                inSupported = true;
            } else if (line.startsWith("Unsupported profilers:")) {
                inSupported = false;
            } else if (inSupported && line.contains(":")) {
                names.add(line.substring(0, line.indexOf(':')).trim());
            }
        }
        return names;
    }

    /** What JMH gets as {@code -prof}. */
    public List<JmhProfiler> profilers() {
        return profilers;
    }

    public boolean profiled() {
        return !marks.isEmpty();
    }

    /** What the run's metadata records as {@code profiler}, e.g. {@code async:itimer}; null when unprofiled. */
    public String mark() {
        return marks.isEmpty() ? null : String.join(",", marks);
    }

    /** Where JMH's async profiler writes a folder per benchmark x parameter set (one per fork in it); else empty. */
    public Optional<Path> profilesDir() {
        return Optional.ofNullable(profilesDir);
    }

    /** Why the async profiler samples the event it does, for the summary; empty without async. */
    public String note() {
        return note;
    }
}
