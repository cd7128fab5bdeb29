package dev.tpchbench.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class HistoryChangePointTest {
    private final ChangePointDetector detector = new ChangePointDetector(ChangePointDetector.Settings.defaults());

    /** {@code levels[i]} for each point, times 1 + 2% Gaussian noise. */
    private static double[] noisy(long seed, double... levels) {
        Random random = new Random(seed);
        double[] values = new double[levels.length];
        for (int i = 0; i < levels.length; i++) {
            values[i] = levels[i] * (1 + 0.02 * random.nextGaussian());
        }
        return values;
    }

    private static double[] steps(int firstLength, double first, int secondLength, double second) {
        double[] levels = new double[firstLength + secondLength];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = i < firstLength ? first : second;
        }
        return levels;
    }

    @Test
    void stepUpIsReportedOnceAtTheFirstRunOfTheNewLevel() {
        for (long seed = 1; seed <= 20; seed++) {
            List<ChangePoint> found = detector.detect(noisy(seed, steps(12, 10, 8, 12)));
            assertEquals(1, found.size(), "seed " + seed + ": " + found);
            assertEquals(12, found.get(0).index(), "seed " + seed);
            assertEquals(1.2, found.get(0).ratio(), 0.06);
        }
    }

    @Test
    void stepDownIsReportedOnceAtTheFirstRunOfTheNewLevel() {
        for (long seed = 1; seed <= 20; seed++) {
            List<ChangePoint> found = detector.detect(noisy(seed, steps(7, 10, 13, 8.5)));
            assertEquals(1, found.size(), "seed " + seed + ": " + found);
            assertEquals(7, found.get(0).index(), "seed " + seed);
            assertTrue(found.get(0).ratio() < 0.9);
        }
    }

    @Test
    void flatNoiseHasNoShift() {
        for (long seed = 1; seed <= 20; seed++) {
            assertEquals(List.of(), detector.detect(noisy(seed, steps(30, 10, 0, 0))), "seed " + seed);
        }
    }

    @Test
    void singleOutlierRunIsNotAShift() {
        for (long seed = 1; seed <= 20; seed++) {
            for (int at : new int[]{0, 5, 10, 19}) {
                double[] values = noisy(seed, steps(20, 10, 0, 0));
                values[at] = 25;
                assertEquals(List.of(), detector.detect(values), "seed " + seed + ", outlier at " + at);
            }
        }
    }

    @Test
    void shiftBelowMinimumEffectIsNotReported() {
        double[] values = noisy(3, steps(10, 10, 10, 10.2));
        for (int i = 0; i < values.length; i++) {
            values[i] = (i < 10 ? 10 : 10.2) * (1 + 0.001 * Math.sin(i));
        }
        assertEquals(List.of(), detector.detect(values));
    }

    @Test
    void regressionThatIsFixedLaterGivesTwoShifts() {
        double[] levels = new double[24];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = i >= 8 && i < 16 ? 13 : 10;
        }
        List<ChangePoint> found = detector.detect(noisy(7, levels));
        assertEquals(List.of(8, 16), found.stream().map(ChangePoint::index).toList(), found.toString());
    }

    @Test
    void newLevelShorterThanTheMinimumWindowIsNotYetReported() {
        assertEquals(List.of(), detector.detect(noisy(5, steps(15, 10, 2, 13))));
    }
}
