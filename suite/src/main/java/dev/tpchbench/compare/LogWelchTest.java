package dev.tpchbench.compare;

import java.util.List;
import java.util.OptionalInt;

import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Welch's t-test on the logarithms of the per-iteration samples, with the fork as the unit when the
 * forks differ.
 *
 * <p>Benchmark times are skewed and their spread grows with their size, so the difference of the
 * mean logs is the natural scale: it turns into a ratio (of geometric means) and its Welch
 * confidence interval into a confidence interval for that ratio. Welch rather than Student because
 * two builds need not be equally noisy.
 *
 * <p>Iterations of one fork share its JIT decisions and memory layout; when forks differ by more than
 * their iterations do (C Data at 1,048,576 rows: fork means 9-29 % apart, iterations within a fork 2-7 %),
 * pooled iterations give an interval far too narrow, and an A/A comparison flags rows that did not
 * change. So each side's mean and its variance come from a one-way analysis of variance of its logs by
 * fork ("sometimes pool", Bancroft): if the spread between fork means is larger than the iterations
 * explain (F test at {@value #POOLING_TEST_LEVEL}, deliberately liberal), the side's unit is the fork
 * (variance of the fork means / forks, forks - 1 degrees of freedom); otherwise, and with one fork, it is
 * the iteration. One fork per side cannot show fork-to-fork spread at all, which the report says.
 *
 * <p>With 2-3 forks the F test has 1-2 numerator degrees of freedom: a fork spread (sd) as large as the
 * iterations' is missed about one time in three at level 0.25 (2 x 5 and 3 x 3), one in five at 0.50. On
 * 250 rows of stored A/As, pooled rows were flagged 6 times at 0.25 (2.4 %, α 1 %), 4 at 0.50 (1.6 %), for a
 * median half-width of ±18.1 against ±16.1 % at 3 forks of 3 iterations (results/reference/pooling-rule-20261206/).
 */
public final class LogWelchTest {
    /** Level of the test for spread between forks; liberal, so that real fork effects are rarely pooled away. */
    static final double POOLING_TEST_LEVEL = 0.50;
    /** The largest fork count {@link #forksToSee} looks at; beyond it the row needs less noise, not more forks. */
    static final int MOST_FORKS = 200;

    private LogWelchTest() {
    }

    /** One fork per side. Needs at least two positive samples on each side (callers check). */
    public static RatioEstimate estimate(double[] baseline, double[] candidate, double alpha) {
        return estimate(List.of(baseline), List.of(candidate), alpha);
    }

    /** Needs at least two positive samples on each side in all (callers check). */
    public static RatioEstimate estimate(List<double[]> baselineForks, List<double[]> candidateForks, double alpha) {
        return estimate(SideMean.of(baselineForks), SideMean.of(candidateForks), alpha);
    }

    /** Welch's test on values that are already one log per fork (each side's unit is the fork). */
    static RatioEstimate estimateOnForkLogs(double[] baselineLogs, double[] candidateLogs, double alpha) {
        return estimate(SideMean.ofForkLogs(baselineLogs), SideMean.ofForkLogs(candidateLogs), alpha);
    }

    /** Each fork's mean log sample. */
    static double[] forkMeanLogs(List<double[]> forks) {
        return forks.stream().mapToDouble(f -> StatUtils.mean(logs(f))).toArray();
    }

    private static RatioEstimate estimate(SideMean b, SideMean c, double alpha) {
        double diff = c.mean - b.mean;
        double se = Math.sqrt(b.variance + c.variance);
        if (se == 0) {
            // Identical samples on each side: the difference, if any, is exact.
            double ratio = Math.exp(diff);
            return new RatioEstimate(ratio, ratio, ratio, diff == 0 ? 1 : 0, b.units, c.units, b.byFork || c.byFork);
        }
        TDistribution t = new TDistribution(null, welchDf(b, c));
        double p = 2 * t.cumulativeProbability(-Math.abs(diff / se));
        double halfWidth = t.inverseCumulativeProbability(1 - alpha / 2) * se;
        return new RatioEstimate(Math.exp(diff), Math.exp(diff - halfWidth), Math.exp(diff + halfWidth), p,
                b.units, c.units, b.byFork || c.byFork);
    }

    /**
     * How many forks per side, with the same iterations per fork and the same spread, would narrow this
     * comparison's interval to +-{@code effect} (a fraction): a planning figure for a row that could not see
     * it, from the samples' own variance (itself uncertain with few forks, so read it as an order of
     * magnitude). Each side keeps its unit (fork or iteration); F forks divide the variance of its mean by
     * F / forks now and give it F / forks times the units. Empty when even {@value #MOST_FORKS} would not,
     * or when a side has one fork (its fork-to-fork spread is unknown). Needs what {@link #estimate} needs.
     */
    public static OptionalInt forksToSee(List<double[]> baselineForks, List<double[]> candidateForks, double alpha,
            double effect) {
        SideMean b = SideMean.of(baselineForks);
        SideMean c = SideMean.of(candidateForks);
        if (b.forks < 2 || c.forks < 2) {
            return OptionalInt.empty();
        }
        return forksToSee(b, c, alpha, effect);
    }

    private static OptionalInt forksToSee(SideMean b, SideMean c, double alpha, double effect) {
        for (int forks = 2; forks <= MOST_FORKS; forks++) {
            SideMean bAt = b.withForks(forks);
            SideMean cAt = c.withForks(forks);
            double se = Math.sqrt(bAt.variance + cAt.variance);
            double halfWidth = se == 0 ? 0
                    : new TDistribution(null, welchDf(bAt, cAt)).inverseCumulativeProbability(1 - alpha / 2) * se;
            if (Math.exp(halfWidth) - 1 <= effect) {
                return OptionalInt.of(forks);
            }
        }
        return OptionalInt.empty();
    }

    /** Welch-Satterthwaite degrees of freedom of the difference of two side means. */
    private static double welchDf(SideMean b, SideMean c) {
        return Math.pow(b.variance + c.variance, 2)
                / (b.variance * b.variance / b.df + c.variance * c.variance / c.df);
    }

    /** One side's mean log, the variance of that mean, its degrees of freedom and its unit. */
    private record SideMean(double mean, double variance, double df, int units, int forks, boolean byFork) {
        /** The same side as if it had run {@code count} forks alike (see {@link #forksToSee}). */
        SideMean withForks(int count) {
            double scale = (double) count / forks;
            return new SideMean(mean, variance / scale, units * scale - 1, (int) Math.round(units * scale), count,
                    byFork);
        }

        static SideMean ofForkLogs(double[] logs) {
            return new SideMean(StatUtils.mean(logs), StatUtils.variance(logs) / logs.length, logs.length - 1,
                    logs.length, logs.length, true);
        }

        static SideMean of(List<double[]> forks) {
            double[][] logs = forks.stream().filter(f -> f.length > 0).map(LogWelchTest::logs).toArray(double[][]::new);
            double[] all = concat(logs);
            int forkCount = logs.length;
            SideMean pooled = new SideMean(StatUtils.mean(all), StatUtils.variance(all) / all.length, all.length - 1,
                    all.length, forkCount, false);
            int withinDf = all.length - forkCount;
            if (forkCount < 2 || withinDf < 1) {
                return pooled;
            }
            double[] forkMeans = new double[forkCount];
            double betweenSquares = 0;
            double withinSquares = 0;
            for (int f = 0; f < forkCount; f++) {
                forkMeans[f] = StatUtils.mean(logs[f]);
                betweenSquares += logs[f].length * Math.pow(forkMeans[f] - pooled.mean, 2);
                withinSquares += logs[f].length < 2 ? 0 : StatUtils.variance(logs[f]) * (logs[f].length - 1);
            }
            double between = betweenSquares / (forkCount - 1);
            double within = withinSquares / withinDf;
            double critical = new FDistribution(null, forkCount - 1, withinDf)
                    .inverseCumulativeProbability(1 - POOLING_TEST_LEVEL);
            if (within > 0 ? between / within <= critical : between == 0) {
                return pooled;
            }
            return new SideMean(StatUtils.mean(forkMeans), StatUtils.variance(forkMeans) / forkCount, forkCount - 1,
                    forkCount, forkCount, true);
        }

        private static double[] concat(double[][] parts) {
            int size = 0;
            for (double[] part : parts) {
                size += part.length;
            }
            double[] all = new double[size];
            int at = 0;
            for (double[] part : parts) {
                System.arraycopy(part, 0, all, at, part.length);
                at += part.length;
            }
            return all;
        }
    }

    private static double[] logs(double[] samples) {
        double[] logs = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            logs[i] = Math.log(samples[i]);
        }
        return logs;
    }
}
