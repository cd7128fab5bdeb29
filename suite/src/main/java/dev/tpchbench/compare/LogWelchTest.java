package dev.tpchbench.compare;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Welch's t-test on the logarithms of the per-iteration samples.
 *
 * <p>Benchmark times are skewed and their spread grows with their size, so the difference of the
 * mean logs is the natural scale: it turns into a ratio (of geometric means) and its Welch
 * confidence interval into a confidence interval for that ratio. Welch rather than Student because
 * two builds need not be equally noisy.
 */
public final class LogWelchTest {
    private LogWelchTest() {
    }

    /** Needs at least two positive samples on each side (callers check). */
    public static RatioEstimate estimate(double[] baseline, double[] candidate, double alpha) {
        double[] logB = logs(baseline);
        double[] logC = logs(candidate);
        int nb = logB.length;
        int nc = logC.length;
        double diff = StatUtils.mean(logC) - StatUtils.mean(logB);
        double vb = StatUtils.variance(logB) / nb;
        double vc = StatUtils.variance(logC) / nc;
        double se = Math.sqrt(vb + vc);
        if (se == 0) {
            // Identical samples on each side: the difference, if any, is exact.
            double ratio = Math.exp(diff);
            return new RatioEstimate(ratio, ratio, ratio, diff == 0 ? 1 : 0, nb, nc);
        }
        double df = (vb + vc) * (vb + vc) / (vb * vb / (nb - 1) + vc * vc / (nc - 1));
        TDistribution t = new TDistribution(null, df);
        double p = 2 * t.cumulativeProbability(-Math.abs(diff / se));
        double halfWidth = t.inverseCumulativeProbability(1 - alpha / 2) * se;
        return new RatioEstimate(Math.exp(diff), Math.exp(diff - halfWidth), Math.exp(diff + halfWidth), p, nb, nc);
    }

    private static double[] logs(double[] samples) {
        double[] logs = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            logs[i] = Math.log(samples[i]);
        }
        return logs;
    }
}
