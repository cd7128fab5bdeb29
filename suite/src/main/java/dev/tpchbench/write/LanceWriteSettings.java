package dev.tpchbench.write;

/**
 * The Lance write parameters the suite sets, always explicitly, so a result never depends on what a
 * Lance release picks by default.
 *
 * @param storageVersion Lance file format version passed to {@code withDataStorageVersion}. Lance 7.0.0
 *     accepts 0.1/legacy, 2.0 (alias 0.3), 2.1, 2.2, 2.3, and the aliases "stable" (= 2.1 in 7.0.0) and
 *     "next" (= 2.3); only numbered versions belong here, because the aliases move between releases.
 * @param maxRowsPerFile rows after which Lance starts a new data file (fragment)
 * @param maxRowsPerGroup rows per group; only the legacy 0.1 format has row groups, Lance accepts and
 *     records it for 2.x too
 * @param stringCompression the compression of the Utf8 columns, passed as field metadata; DEFAULT sets
 *     none and lets Lance pick
 */
public record LanceWriteSettings(String storageVersion, int maxRowsPerFile, int maxRowsPerGroup,
        StringCompression stringCompression) {

    /**
     * What Lance 7.0.0 writes when given nothing: format 2.1, 1,048,576 rows per file, 1,024 per group, no
     * encoding metadata.
     */
    public static final LanceWriteSettings DEFAULTS =
            new LanceWriteSettings("2.1", 1024 * 1024, 1024, StringCompression.DEFAULT);

    public LanceWriteSettings {
        if (!storageVersion.matches("\\d+\\.\\d+")) {
            throw new IllegalArgumentException("storage version must be a number such as 2.1, not an alias: "
                    + storageVersion);
        }
        if (maxRowsPerFile <= 0 || maxRowsPerGroup <= 0) {
            throw new IllegalArgumentException("row limits must be positive: " + this);
        }
        if (stringCompression == null) {
            throw new IllegalArgumentException("string compression must be given (DEFAULT lets Lance pick)");
        }
    }

    public LanceWriteSettings withStorageVersion(String version) {
        return new LanceWriteSettings(version, maxRowsPerFile, maxRowsPerGroup, stringCompression);
    }

    public LanceWriteSettings withMaxRowsPerFile(int rows) {
        return new LanceWriteSettings(storageVersion, rows, maxRowsPerGroup, stringCompression);
    }

    public LanceWriteSettings withStringCompression(StringCompression strings) {
        return new LanceWriteSettings(storageVersion, maxRowsPerFile, maxRowsPerGroup, strings);
    }
}
