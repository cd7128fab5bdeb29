package dev.tpchbench.write;

import org.apache.parquet.hadoop.metadata.CompressionCodecName;

import dev.tpchbench.results.EnumNames;

/** The Parquet compression codecs the suite compares. */
public enum ParquetCodec {
    UNCOMPRESSED(CompressionCodecName.UNCOMPRESSED),
    SNAPPY(CompressionCodecName.SNAPPY),
    ZSTD(CompressionCodecName.ZSTD);

    private final CompressionCodecName parquetName;

    ParquetCodec(CompressionCodecName parquetName) {
        this.parquetName = parquetName;
    }

    CompressionCodecName parquetName() {
        return parquetName;
    }

    /** Case-insensitive; names the accepted values when {@code text} is none of them. */
    public static ParquetCodec parse(String text) {
        return EnumNames.parse(ParquetCodec.class, "Parquet codec", text);
    }
}
