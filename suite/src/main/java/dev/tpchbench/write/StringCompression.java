package dev.tpchbench.write;

import java.util.Locale;
import java.util.Optional;

/**
 * How Lance compresses the string (Utf8) columns, set per field through the Arrow field metadata key
 * {@code lance-encoding:compression}: Lance 7.0.0's Java API has no other way to choose an encoding.
 */
public enum StringCompression {
    /** No metadata: Lance picks (FSST for strings whose pages are large enough, else none). */
    DEFAULT,
    /** {@code none}: plain mini-blocks, no FSST and no general compression. */
    NONE,
    /** {@code lz4}: mini-blocks compressed with LZ4 instead of FSST. */
    LZ4,
    /** {@code zstd}: mini-blocks compressed with Zstandard instead of FSST. */
    ZSTD;

    /** The value of {@code lance-encoding:compression}; empty for DEFAULT, which sets no key. */
    public Optional<String> metadataValue() {
        return this == DEFAULT ? Optional.empty() : Optional.of(name().toLowerCase(Locale.ROOT));
    }
}
