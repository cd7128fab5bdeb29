package dev.tpchbench.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.LocalInputFile;

/** Reads Parquet footers (metadata only), to check what a writer claims about its settings. */
final class ParquetFooters {
    private ParquetFooters() {
    }

    static ParquetMetadata footer(Path file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            return reader.getFooter();
        }
    }

    static Set<CompressionCodecName> codecs(Path file) throws IOException {
        return footer(file).getBlocks().stream()
                .flatMap(rowGroup -> rowGroup.getColumns().stream())
                .map(ColumnChunkMetaData::getCodec)
                .collect(Collectors.toSet());
    }
}
