package dev.tpchbench.fault;

import java.io.IOException;
import java.nio.file.Path;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.write.DatasetWriter;
import dev.tpchbench.write.WriteResult;

/**
 * The target is not fresh: a complete earlier output is already in it when the measured write
 * starts. The suite's writers refuse a non-empty target (a writer that skipped or appended would
 * otherwise be scored on an earlier run's correct data), so this write fails.
 */
final class LeftoverTargetWriter implements DatasetWriter {
    private final DatasetWriter writer;

    LeftoverTargetWriter(DatasetWriter writer) {
        this.writer = writer;
    }

    @Override
    public String describe() {
        return writer.describe() + " into a target holding an earlier output";
    }

    @Override
    public WriteResult write(ArrowTable table, Path target) throws IOException {
        writer.write(table, target);
        return writer.write(table, target);
    }
}
