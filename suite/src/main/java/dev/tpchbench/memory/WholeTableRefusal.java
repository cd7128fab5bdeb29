package dev.tpchbench.memory;

import java.math.BigDecimal;
import java.util.Optional;

import dev.tpchbench.results.Numbers;
import dev.tpchbench.tpch.TpchRowCounts;
import dev.tpchbench.tpch.TpchTable;

/**
 * Refuses, before it starts, a path that holds whole copies of the table when they would not fit, so the
 * summary shows a clear line instead of an out-of-memory crash and the other paths still run (issue 11:
 * Phase 1.5 accumulates the whole table, 11.6 GB of source alone for lineitem at SF 10).
 */
public final class WholeTableRefusal {
    /**
     * Phase 1.5's accumulated copies per source byte: its hand-written import allocated 1,750 MiB for
     * lineitem SF 1 (README, nightly at git 9981bbb, {@code arrowPeakBytes}) against a 1,110 MiB source.
     */
    public static final double PHASE_1_5_COPIES = 1_750.0 / 1_110;

    private WholeTableRefusal() {
    }

    /**
     * Empty when {@code tableCopies} times the table's estimated Arrow size fits {@code budget}; otherwise
     * the refusal line. {@code tableCopies} counts what the path holds at once: with an in-memory source,
     * Phase 1.5 holds 1 + {@link #PHASE_1_5_COPIES}; with a streaming source, {@link #PHASE_1_5_COPIES}.
     */
    public static Optional<String> refusal(String path, double tableCopies, TpchTable table, double scaleFactor,
            MemoryBudget budget) {
        if (!(tableCopies > 0)) {
            throw new IllegalArgumentException("tableCopies must be > 0, got " + tableCopies);
        }
        long oneTable = ArrowTableSize.wholeTableBytes(table, scaleFactor);
        long needed = (long) Math.ceil(oneTable * tableCopies);
        if (needed <= budget.bytes()) {
            return Optional.empty();
        }
        return Optional.of(path + " refused for " + table.tableName() + " at SF "
                + BigDecimal.valueOf(scaleFactor).stripTrailingZeros().toPlainString() + ": it holds the whole table "
                + Numbers.fixed(tableCopies, 2) + " times, about " + MemoryBudget.gib(needed) + " of Arrow memory ("
                + Numbers.grouped(TpchRowCounts.expectedRows(table, scaleFactor)) + " rows x "
                + Numbers.fixed(ArrowTableSize.bytesPerRow(table), 0) + " B/row, measured at SF 0.01), but there is "
                + budget.describe());
    }
}
