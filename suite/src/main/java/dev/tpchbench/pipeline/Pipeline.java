package dev.tpchbench.pipeline;

import java.io.IOException;
import java.nio.file.Path;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.write.WriteResult;

/** One complete path from in-memory Arrow batches to a dataset in {@code target}; what a pipeline benchmark times. */
public interface Pipeline {
    String describe();

    WriteResult run(ArrowTable source, Path target) throws IOException;
}
