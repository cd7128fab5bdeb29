package dev.tpchbench.pipeline;

import java.io.IOException;
import java.nio.file.Path;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.write.ParquetCodec;
import dev.tpchbench.write.ParquetHadoopWriter;
import dev.tpchbench.write.WriteResult;

/**
 * What the team's "Lance writer" did before Phase 1: gather every batch, then write them all as
 * Parquet into the folder that should have held a Lance dataset. Fast-looking, and not Lance.
 * (The source batches are already gathered in memory, so the accumulation costs nothing here.)
 */
final class ParquetBypassPipeline implements Pipeline {
    private final ParquetHadoopWriter parquet;

    ParquetBypassPipeline(ParquetCodec codec) {
        this.parquet = new ParquetHadoopWriter(codec);
    }

    @Override
    public String describe() {
        return "all batches -> " + parquet.describe() + " in the dataset folder";
    }

    @Override
    public WriteResult run(ArrowTable source, Path target) throws IOException {
        return parquet.write(source, target);
    }
}
