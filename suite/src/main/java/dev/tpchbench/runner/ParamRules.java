package dev.tpchbench.runner;

import java.util.Map;
import java.util.function.Consumer;

import dev.tpchbench.cdata.Hop;
import dev.tpchbench.cdata.Importer;
import dev.tpchbench.pipeline.Phase;
import dev.tpchbench.tpch.TpchTable;
import dev.tpchbench.write.LanceWriteChoice;
import dev.tpchbench.write.LanceWriteSettings;
import dev.tpchbench.write.ParquetCodec;

/**
 * Checks the values of the suite's shared parameters before any benchmark time is spent, with a
 * message that says what is accepted. JMH would only fail inside a fork, after data setup.
 */
final class ParamRules {
    private static final Map<String, Consumer<String>> RULES = Map.of(
            "table", TpchTable::parse,
            "scaleFactor", ParamRules::checkScaleFactor,
            "batchRows", ParamRules::checkBatchRows,
            "ringBatches", v -> wholePositive("ringBatches", v, "8"),
            "importer", Importer::parse,
            "hop", Hop::parse,
            "phase", Phase::parse,
            "choice", LanceWriteChoice::parse,
            "codec", ParquetCodec::parse,
            "storageVersion", v -> LanceWriteSettings.DEFAULTS.withStorageVersion(v));

    private ParamRules() {
    }

    /** @throws IllegalArgumentException if the value is not acceptable for that parameter */
    static void check(String name, String value) {
        Consumer<String> rule = RULES.get(name);
        if (rule != null) {
            rule.accept(value);
        }
    }

    static double checkScaleFactor(String value) {
        double scaleFactor;
        try {
            scaleFactor = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("scaleFactor must be a number > 0 (e.g. 0.01, 1, 10), got '" + value + "'");
        }
        if (!(scaleFactor > 0) || Double.isInfinite(scaleFactor)) {
            throw new IllegalArgumentException("scaleFactor must be a number > 0 (e.g. 0.01, 1, 10), got '" + value + "'");
        }
        return scaleFactor;
    }

    static int checkBatchRows(String value) {
        return wholePositive("batchRows", value, "1024, 65536");
    }

    private static int wholePositive(String name, String value, String examples) {
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n <= 0) {
            throw new IllegalArgumentException(name + " must be a whole number > 0 (e.g. " + examples + "), got '" + value + "'");
        }
        return n;
    }
}
