package dev.tpchbench.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The runner's {@code <stem>.meta.json}: where and how a run was made and what its integrity gate
 * found. Written by {@link #write} and read by {@link #read} only; fields this version does not know
 * (added by newer runners, or by {@code jmh:ab}) are ignored on read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunMeta(int formatVersion, String runId, String startedUtc, String finishedUtc, String label,
                      String preset, String profiler,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String profilerNote,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String profiles, Git git, Machine machine, Jdk jdk, Jdk runnerJdk, Map<String, String> versions,
                      Jmh jmh, Gate gate, String status) {
    public static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A file without one of the parts the comparison reads gets an empty part, not a null. */
    public RunMeta {
        git = git == null ? new Git("", "", false) : git;
        machine = machine == null ? new Machine("", "", 0, 0L) : machine;
        jdk = jdk == null ? new Jdk("", "", null, null, null, null) : jdk;
        versions = versions == null ? Map.of() : versions;
        gate = gate == null ? new Gate(0, 0, List.of(), List.of()) : gate;
    }

    /** @param dirty null when git could not tell */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Git(String sha, String shortSha, Boolean dirty) {
    }

    /** @param memoryBytes null where the runner could not read it (not Linux) */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Machine(String os, String cpuModel, int cpuCount, Long memoryBytes) {
    }

    /** A JVM: the forks' ({@code jdk}, with its home and java executable) or the runner's. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Jdk(String version, String vendor, String vmName, String vmVersion,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String home,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String java) {
    }

    /**
     * What JMH was asked to run, and how; the iteration counts are the preset's or the knobs'.
     *
     * @param perBatchForks forks of the per-batch C Data classes (null in runs recorded before they had their own)
     * @param perBatchParams the per-batch classes' parameter overrides where they differ from {@code params}
     * @param forkOrder "rounds" or "row" ({@code -Djmh.forkOrder}); null in runs recorded before 2026-12-06, all "row"
     *     (the nightly preset runs them on lineitem alone), else null
     * @param perBatchJvmArgs their heap flags ({@code jvmArgs} are the others'; null before they had their own)
     * @param glibcTunables the forks' {@code GLIBC_TUNABLES}: empty for none, null in runs recorded before it was set
     * @param interleaved true for a side of {@code jmh:ab} (its forks alternated with the other side's), else null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Jmh(List<String> include, String exclude, Map<String, List<String>> params, Integer forks,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Integer perBatchForks,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<String>> perBatchParams,
                      Integer warmupIterations, Integer measurementIterations, Boolean declaredIterationsKept,
                      Boolean gcBetweenIterations, List<String> profilers, String jvm, List<String> jvmArgs,
                      @JsonInclude(JsonInclude.Include.NON_NULL) List<String> perBatchJvmArgs,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String glibcTunables,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String forkOrder,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean interleaved) {
    }

    /** The integrity gate's count of planned and verified benchmark x parameter sets, and the rest with reasons. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    /** @param refused paths refused before they started (not failures); left out of the JSON when none */
    public record Gate(int expected, int verified, List<Rejection> rejected, List<Rejection> missing,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Rejection> refused) {
        public Gate {
            rejected = rejected == null ? List.of() : rejected;
            missing = missing == null ? List.of() : missing;
            refused = refused == null ? List.of() : refused;
        }

        public Gate(int expected, int verified, List<Rejection> rejected, List<Rejection> missing) {
            this(expected, verified, rejected, missing, List.of());
        }
    }

    public static RunMeta read(Path metaFile) throws IOException {
        try {
            return JSON.treeToValue(RunReader.parse(metaFile), RunMeta.class);
        } catch (JsonProcessingException e) {
            throw new ResultsFormatException(metaFile + ": not a meta file: " + e.getOriginalMessage(), e);
        }
    }

    public void write(Path metaFile) throws IOException {
        AtomicFiles.writeString(metaFile, json());
    }

    /** The file's text, indented as the runner has always written it. */
    public String json() throws IOException {
        return JSON.writeValueAsString(this);
    }

    /** Whether the run was made with {@code -Djmh.prof} ({@code profiler} e.g. "async:cpu"; null or empty if not). */
    public boolean profiled() {
        return profiler != null && !profiler.isEmpty();
    }

    public boolean passed() {
        return "PASSED".equals(status);
    }

    public boolean gitDirty() {
        return Boolean.TRUE.equals(git.dirty());
    }

    /** Forks and iteration counts, which decide how much the samples can be trusted; empty without them. */
    public String jmhSettings() {
        if (jmh == null) {
            return "";
        }
        return "forks=" + orUnknown(jmh.forks())
                + (jmh.perBatchForks() == null ? "" : " perBatchForks=" + jmh.perBatchForks()) + " warmup=" + orUnknown(jmh.warmupIterations())
                + " iterations=" + orUnknown(jmh.measurementIterations());
    }

    private static String orUnknown(Integer value) {
        return value == null ? "?" : value.toString();
    }
}
