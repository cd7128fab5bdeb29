package dev.tpchbench.write;

import java.util.Arrays;
import java.util.Locale;

import org.apache.parquet.hadoop.metadata.CompressionCodecName;

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
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown Parquet codec '" + text + "', expected one of "
                    + Arrays.toString(values()), e);
        }
    }
}
