package dev.tpchbench.results;

/** Whether a larger score is an improvement: time per operation is lower-is-better, throughput higher. */
public enum ScoreDirection {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER;

    /**
     * From the JMH score unit ("ms/op", "ops/s"); the mode ("thrpt", "avgt", "sample", "ss") decides
     * only when the unit says nothing.
     */
    public static ScoreDirection of(String unit, String mode) {
        if (unit != null && unit.startsWith("ops/")) {
            return HIGHER_IS_BETTER;
        }
        if (unit != null && unit.endsWith("/op")) {
            return LOWER_IS_BETTER;
        }
        return "thrpt".equals(mode) ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
    }

    /** True when going from score 1 to score {@code ratio} is an improvement. */
    public boolean isImprovement(double ratio) {
        return this == LOWER_IS_BETTER ? ratio < 1 : ratio > 1;
    }
}
