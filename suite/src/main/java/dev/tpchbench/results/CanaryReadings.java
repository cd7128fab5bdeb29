package dev.tpchbench.results;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The canary's CPU time for its fixed work while each fork's measured iterations ran (see
 * {@code measure.Canary}): per fork the median of its samples and how many there were, in fork order (the
 * order of JMH's {@code rawData}). Stored in a result entry as {@value #FIELD}, beside JMH's fields.
 *
 * @param work         the name of the canary's work; readings of different work are not comparable
 * @param cpuMillis    per fork, the median CPU milliseconds of the work; NaN for a fork without samples
 * @param samples      per fork, how many samples the median is of
 */
public record CanaryReadings(String work, double[] cpuMillis, int[] samples) {
    public static final String FIELD = "canary";

    public CanaryReadings {
        if (cpuMillis.length != samples.length) {
            throw new IllegalArgumentException("per-fork arrays differ in length: " + cpuMillis.length + " and "
                    + samples.length);
        }
        cpuMillis = cpuMillis.clone();
        samples = samples.clone();
    }

    @Override
    public double[] cpuMillis() {
        return cpuMillis.clone();
    }

    @Override
    public int[] samples() {
        return samples.clone();
    }

    public int forks() {
        return samples.length;
    }

    /** The fewest samples any fork had. */
    public int fewestSamples() {
        return Arrays.stream(samples).min().orElse(0);
    }

    /**
     * How much the machine's speed moved between the forks: the sample standard deviation of the log of the
     * forks' readings (forks without samples left out), about the relative spread; empty with fewer than two.
     */
    public OptionalDouble forkSpread() {
        double[] logs = forkLogs();
        if (logs.length < 2) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(new StandardDeviation().evaluate(logs));
    }

    /** The log of each fork's reading, forks without samples (NaN) left out. */
    public double[] forkLogs() {
        return Arrays.stream(cpuMillis).filter(v -> !Double.isNaN(v)).map(Math::log).toArray();
    }

    /** These readings followed by {@code next}'s (the forks of a later round). */
    public CanaryReadings then(CanaryReadings next) {
        if (!work.equals(next.work)) {
            throw new IllegalArgumentException("canary work differs: " + work + " and " + next.work);
        }
        double[] cpu = Arrays.copyOf(cpuMillis, forks() + next.forks());
        int[] counts = Arrays.copyOf(samples, forks() + next.forks());
        System.arraycopy(next.cpuMillis, 0, cpu, forks(), next.forks());
        System.arraycopy(next.samples, 0, counts, forks(), next.forks());
        return new CanaryReadings(work, cpu, counts);
    }

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("work", work);
        ArrayNode cpu = node.putArray("cpuMillis");
        ArrayNode counts = node.putArray("samples");
        for (int f = 0; f < forks(); f++) {
            // JSON has no NaN: a fork without samples is null.
            if (Double.isNaN(cpuMillis[f])) {
                cpu.addNull();
            } else {
                cpu.add(cpuMillis[f]);
            }
            counts.add(samples[f]);
        }
        return node;
    }

    /** @throws ResultsFormatException when the field is there but not readings */
    public static Optional<CanaryReadings> fromEntry(JsonNode entry, String source) throws ResultsFormatException {
        JsonNode node = entry.path(FIELD);
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        JsonNode cpu = node.path("cpuMillis");
        JsonNode counts = node.path("samples");
        if (!node.path("work").isTextual() || !cpu.isArray() || !counts.isArray() || cpu.size() != counts.size()) {
            throw new ResultsFormatException(source + ": a \"" + FIELD + "\" field needs work, and cpuMillis and "
                    + "samples of one length", null);
        }
        double[] cpuMillis = new double[cpu.size()];
        int[] samples = new int[cpu.size()];
        for (int i = 0; i < cpuMillis.length; i++) {
            cpuMillis[i] = cpu.get(i).isNumber() ? cpu.get(i).doubleValue() : Double.NaN;
            samples[i] = counts.get(i).asInt();
        }
        return Optional.of(new CanaryReadings(node.path("work").asText(), cpuMillis, samples));
    }
}
