package dev.tpchbench.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.ranking.NaturalRanking;

/**
 * Finds sustained shifts in a series of run scores (one point per run, oldest first): circular
 * binary segmentation with a rank statistic and a permutation test.
 *
 * <p><b>Is there a shift?</b> In a segment of n points every arc (a contiguous stretch of at least
 * {@code minWindow} points whose remaining pieces are empty or also at least {@code minWindow}
 * long) is scored by the standardised Mann-Whitney statistic |z| of inside against outside; arcs
 * cover both a lasting step (arc = the tail) and a regression that was later fixed (arc = the
 * middle), which a single split misses. The best arc is tested against chance by shuffling the
 * segment's ranks {@code permutations} times: the p-value is the share of shuffles whose best |z|
 * reaches the observed one. That accounts for having looked at every arc and is exact for small n.
 *
 * <p><b>Where?</b> |z| favours balanced splits, so each boundary of a significant arc is moved
 * (within {@code minWindow}) to where the two neighbouring pieces deviate least from their own
 * medians (L1 cost). A boundary is reported when the medians on its two sides differ by at least
 * {@code minEffect}; then every piece is searched again the same way.
 *
 * <p>Ranks make a single outlier run one rank among many, so it cannot create a shift, and
 * {@code minWindow} requires a new level to hold for several runs before it is reported; a step is
 * reported once, at the first run of the new level. The shuffles use a fixed seed: reports are
 * reproducible.
 */
public final class ChangePointDetector {
    /**
     * @param alpha        permutation p-value below which an arc is real
     * @param minEffect    smallest |median after / median before - 1| reported
     * @param minWindow    fewest runs at a level before it counts (and on either side of a shift)
     * @param permutations shuffles per segment; p-values are no finer than 1 / (permutations + 1)
     */
    public record Settings(double alpha, double minEffect, int minWindow, int permutations) {
        public Settings {
            if (minWindow < 2 || permutations < 1 || !(alpha > 0 && alpha < 1) || !(minEffect >= 0)) {
                throw new IllegalArgumentException("bad change detection settings: " + this);
            }
        }

        public static Settings defaults() {
            return new Settings(0.01, 0.05, 3, 999);
        }
    }

    /** Offsets [start, end) of the stretch that differs from the rest, and its |z|. */
    private record Arc(int start, int end, double score) {
    }

    private static final long SEED = 20261125L;
    private final Settings settings;

    public ChangePointDetector(Settings settings) {
        this.settings = settings;
    }

    /** The shifts in {@code values} (oldest first), earliest first. */
    public List<ChangePoint> detect(double[] values) {
        List<ChangePoint> found = new ArrayList<>();
        search(values, 0, values.length, found);
        found.sort(Comparator.comparingInt(ChangePoint::index));
        return found;
    }

    private void search(double[] values, int from, int to, List<ChangePoint> found) {
        if (to - from < 2 * settings.minWindow()) {
            return;
        }
        double[] ranks = new NaturalRanking().rank(Arrays.copyOfRange(values, from, to));
        Arc best = bestArc(ranks);
        double p = permutationPValue(ranks, best.score(), from, to);
        if (p >= settings.alpha()) {
            return;
        }
        List<Integer> bounds = new ArrayList<>(List.of(from));
        if (best.start() > 0) {
            bounds.add(refine(values, from, from + best.start(), from + best.end()));
        }
        if (from + best.end() < to) {
            bounds.add(refine(values, bounds.get(bounds.size() - 1), from + best.end(), to));
        }
        bounds.add(to);
        for (int i = 1; i < bounds.size() - 1; i++) {
            double before = median(values, bounds.get(i - 1), bounds.get(i));
            double after = median(values, bounds.get(i), bounds.get(i + 1));
            if (Math.abs(after / before - 1) >= settings.minEffect()) {
                found.add(new ChangePoint(bounds.get(i), before, after, p));
            }
        }
        for (int i = 1; i < bounds.size(); i++) {
            search(values, bounds.get(i - 1), bounds.get(i), found);
        }
    }

    /** The arc with the largest |z| of the Mann-Whitney U of its ranks against the others (n >= 2 minWindow). */
    private Arc bestArc(double[] ranks) {
        int n = ranks.length;
        int w = settings.minWindow();
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + ranks[i];
        }
        Arc best = null;
        for (int start = 0; start <= n - w; start = start == 0 ? w : start + 1) {
            for (int end = start + w; end <= n; end = end == n - w ? n : end + 1) {
                int k = end - start;
                if (n - k < w) {
                    continue;
                }
                double u = prefix[end] - prefix[start] - k * (k + 1) / 2.0;
                double mean = k * (double) (n - k) / 2.0;
                double sd = Math.sqrt(k * (double) (n - k) * (n + 1) / 12.0);
                double z = Math.abs(u - mean) / sd;
                if (best == null || z > best.score()) {
                    best = new Arc(start, end, z);
                }
            }
        }
        return best;
    }

    private double permutationPValue(double[] ranks, double observed, int from, int to) {
        Random random = new Random(SEED + 31L * from + to);
        double[] shuffled = ranks.clone();
        int atLeastAsExtreme = 0;
        for (int i = 0; i < settings.permutations(); i++) {
            shuffle(shuffled, random);
            if (bestArc(shuffled).score() >= observed - 1e-9) {
                atLeastAsExtreme++;
            }
        }
        return (atLeastAsExtreme + 1.0) / (settings.permutations() + 1.0);
    }

    /** The boundary near {@code cut} between [left, cut) and [cut, right) with the least L1 cost. */
    private int refine(double[] values, int left, int cut, int right) {
        int w = settings.minWindow();
        int bestCut = cut;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int c = Math.max(left + w, cut - w); c <= Math.min(right - w, cut + w); c++) {
            double cost = l1(values, left, c) + l1(values, c, right);
            if (cost < bestCost) {
                bestCost = cost;
                bestCut = c;
            }
        }
        return bestCut;
    }

    private static double l1(double[] values, int from, int to) {
        double median = median(values, from, to);
        double cost = 0;
        for (int i = from; i < to; i++) {
            cost += Math.abs(values[i] - median);
        }
        return cost;
    }

    private static double median(double[] values, int from, int to) {
        return new Median().evaluate(values, from, to - from);
    }

    private static void shuffle(double[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
