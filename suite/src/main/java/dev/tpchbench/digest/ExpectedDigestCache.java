package dev.tpchbench.digest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

import dev.tpchbench.results.AtomicFiles;
import dev.tpchbench.tpch.TpchBatchStream;
import dev.tpchbench.tpch.TpchTable;

/**
 * The expected digest of a TPC-H table at a scale factor, computed once by streaming the generator and
 * kept in a small file, so a run at SF 10 checks its output against the source without generating and
 * holding the source a second time (issue 11). The digest does not depend on batch boundaries, so the key
 * is only table, scale factor and {@link #GENERATOR_VERSION}.
 *
 * <p>The cache is never trusted blindly: each file records its key and a SHA-256 of its content, and a
 * file that is missing, unreadable, malformed, fails its checksum or holds another key is recomputed and
 * replaced (written by write-then-rename, so a reader never sees half a file).
 */
public final class ExpectedDigestCache {
    /**
     * What the expected values depend on: the generator library, the Arrow mapping of
     * {@code TpchSchemas} and the hashing of {@link TableDigest}. Change it when any of them changes:
     * files of another version are recomputed. {@code ExpectedDigestCacheTest} checks the tpch jar's version.
     */
    public static final String GENERATOR_VERSION = "io.trino.tpch 1.2; TpchSchemas 1; TableDigest 1";

    static final String HEADER = "tpchbench expected digest";
    private static final String CHECKSUM_PREFIX = "sha256: ";
    /** The digest is batch-independent; this only sets how much the stream holds at a time. */
    private static final int STREAM_BATCH_ROWS = 65_536;

    /** How a lookup was answered. */
    public enum Outcome {
        /** A valid file with the right key: nothing was generated. */
        HIT,
        /** No file yet: computed and stored. */
        MISSING,
        /** A file that could not be read, was malformed or failed its checksum: recomputed and replaced. */
        CORRUPT,
        /** A valid file for another key (table, scale factor or generator version): recomputed and replaced. */
        KEY_MISMATCH
    }

    /** Computes a table's digest from scratch; the real one streams the generator. */
    @FunctionalInterface
    public interface Source {
        TableDigest compute(TpchTable table, double scaleFactor);
    }

    /** The digest, how it was obtained, and why a stored file was not used (empty on a hit or a miss). */
    public static final class Lookup {
        private final TableDigest digest;
        private final Outcome outcome;
        private final String reason;

        Lookup(TableDigest digest, Outcome outcome, String reason) {
            this.digest = digest;
            this.outcome = outcome;
            this.reason = reason;
        }

        public TableDigest digest() {
            return digest;
        }

        public Outcome outcome() {
            return outcome;
        }

        public String reason() {
            return reason;
        }
    }

    /** Set by the runner for every fork, so the cache outlives a run's scratch folder. */
    public static final String FOLDER_PROPERTY = "tpchbench.digests";
    /** The cache's folder name, beside the runs' scratch folders: it is kept when they are removed. */
    public static final String FOLDER_NAME = "tpchbench-digests";

    private final Path folder;
    private final Source source;

    /** {@code -Dtpchbench.digests}, else {@code tpchbench-digests} in the system temp folder. */
    public static Path defaultFolder() {
        String configured = System.getProperty(FOLDER_PROPERTY, "");
        return configured.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), FOLDER_NAME)
                : Path.of(configured);
    }

    /** A cache in {@code folder} whose misses stream the generator through {@code allocator}. */
    public ExpectedDigestCache(Path folder, BufferAllocator allocator) {
        this(folder, (table, scaleFactor) -> fromGenerator(table, scaleFactor, allocator));
    }

    public ExpectedDigestCache(Path folder, Source source) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The digest of the whole table, generated batch by batch and never held: memory of a few batches. */
    public static TableDigest fromGenerator(TpchTable table, double scaleFactor, BufferAllocator allocator) {
        try (TpchBatchStream stream = TpchBatchStream.open(table, scaleFactor, STREAM_BATCH_ROWS, allocator)) {
            TableDigest.Builder digest = TableDigest.builder(stream.schema());
            for (VectorSchemaRoot batch = stream.next(); batch != null; batch = stream.next()) {
                try (VectorSchemaRoot hashed = batch) {
                    digest.add(hashed);
                }
            }
            return digest.build();
        }
    }

    /** The expected digest, from a valid stored file or computed (and stored) now. */
    public TableDigest expected(TpchTable table, double scaleFactor) throws IOException {
        return lookup(table, scaleFactor).digest();
    }

    public Lookup lookup(TpchTable table, double scaleFactor) throws IOException {
        return lookup(table, scaleFactor, () -> source.compute(table, scaleFactor));
    }

    /**
     * The stored digest, or on a miss {@code computed} (already made from the generator by the caller, e.g.
     * while writing the table to a file), stored now. A caller compares the two on a hit.
     */
    public Lookup lookup(TpchTable table, double scaleFactor, TableDigest computed) throws IOException {
        return lookup(table, scaleFactor, () -> computed);
    }

    private Lookup lookup(TpchTable table, double scaleFactor, Supplier<TableDigest> onMiss) throws IOException {
        Path file = file(table, scaleFactor);
        Outcome outcome;
        String reason;
        try {
            byte[] stored = Files.readAllBytes(file);
            StoredDigest read = StoredDigest.parse(new String(stored, StandardCharsets.UTF_8));
            String mismatch = read.mismatch(table, scaleFactor);
            if (mismatch == null) {
                return new Lookup(read.digest, Outcome.HIT, "");
            }
            outcome = Outcome.KEY_MISMATCH;
            reason = mismatch;
        } catch (NoSuchFileException e) {
            outcome = Outcome.MISSING;
            reason = "";
        } catch (IOException | IllegalArgumentException e) {
            outcome = Outcome.CORRUPT;
            reason = e.getMessage();
        }
        TableDigest computed = onMiss.get();
        AtomicFiles.writeString(file, format(table, scaleFactor, computed));
        return new Lookup(computed, outcome, reason);
    }

    /** Where the digest of {@code table} at {@code scaleFactor} is kept. */
    public Path file(TpchTable table, double scaleFactor) {
        return folder.resolve(table.tableName() + "-sf" + scaleFactorText(scaleFactor) + ".digest");
    }

    /** {@code 10}, {@code 0.01}: the same text on every machine and for 10 and 10.0. */
    public static String scaleFactorText(double scaleFactor) {
        return BigDecimal.valueOf(scaleFactor).stripTrailingZeros().toPlainString();
    }

    /**
     * The digest as this cache stores it (key, columns, checksum), for a digest kept elsewhere, such as in the
     * footer of a file of the table's first rows; {@link #parse} reads it back.
     */
    public static String format(TpchTable table, double scaleFactor, TableDigest digest) {
        StringBuilder content = new StringBuilder()
                .append(HEADER).append('\n')
                .append("generator: ").append(GENERATOR_VERSION).append('\n')
                .append("table: ").append(table.tableName()).append('\n')
                .append("scaleFactor: ").append(scaleFactorText(scaleFactor)).append('\n')
                .append("rows: ").append(digest.rowCount()).append('\n');
        long[] hashes = digest.columnHashes();
        for (int c = 0; c < hashes.length; c++) {
            content.append("column: ").append(digest.columnNames().get(c)).append('\t')
                    .append(digest.columnTypes().get(c)).append('\t').append(Long.toHexString(hashes[c])).append('\n');
        }
        return content + CHECKSUM_PREFIX + sha256(content.toString()) + "\n";
    }

    /**
     * The digest in {@code text} as {@link #format} wrote it for {@code table} at {@code scaleFactor}; an
     * {@link IllegalArgumentException} when the text is malformed, fails its checksum or holds another key.
     */
    public static TableDigest parse(String text, TpchTable table, double scaleFactor) {
        StoredDigest read = StoredDigest.parse(text);
        String mismatch = read.mismatch(table, scaleFactor);
        if (mismatch != null) {
            throw new IllegalArgumentException("a stored digest of another key: " + mismatch);
        }
        return read.digest;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A stored file whose checksum held, with its key; {@link #parse} throws on anything malformed. */
    private static final class StoredDigest {
        final String generator;
        final String table;
        final String scaleFactor;
        final TableDigest digest;

        private StoredDigest(String generator, String table, String scaleFactor, TableDigest digest) {
            this.generator = generator;
            this.table = table;
            this.scaleFactor = scaleFactor;
            this.digest = digest;
        }

        static StoredDigest parse(String text) {
            int checksumAt = text.lastIndexOf("\n" + CHECKSUM_PREFIX) + 1;
            if (checksumAt == 0 || !text.endsWith("\n")) {
                throw new IllegalArgumentException("no checksum line");
            }
            String content = text.substring(0, checksumAt);
            String recorded = text.substring(checksumAt + CHECKSUM_PREFIX.length(), text.length() - 1);
            if (!recorded.equals(sha256(content))) {
                throw new IllegalArgumentException("checksum mismatch: the content changed after it was written");
            }
            String[] lines = content.split("\n", -1);
            if (lines.length < 6 || !lines[0].equals(HEADER)) {
                throw new IllegalArgumentException("not an expected-digest file");
            }
            String generator = field(lines[1], "generator");
            String table = field(lines[2], "table");
            String scaleFactor = field(lines[3], "scaleFactor");
            long rows = Long.parseLong(field(lines[4], "rows"));
            List<String> names = new ArrayList<>();
            List<String> types = new ArrayList<>();
            List<Long> hashes = new ArrayList<>();
            // The last element is the empty text after the content's final newline.
            for (int i = 5; i < lines.length - 1; i++) {
                String[] column = field(lines[i], "column").split("\t", -1);
                if (column.length != 3) {
                    throw new IllegalArgumentException("bad column line: " + lines[i]);
                }
                names.add(column[0]);
                types.add(column[1]);
                hashes.add(Long.parseUnsignedLong(column[2], 16));
            }
            long[] hashArray = hashes.stream().mapToLong(Long::longValue).toArray();
            return new StoredDigest(generator, table, scaleFactor, TableDigest.restore(rows, names, types, hashArray));
        }

        private static String field(String line, String name) {
            String prefix = name + ": ";
            if (!line.startsWith(prefix)) {
                throw new IllegalArgumentException("expected '" + prefix + "...', found: " + line);
            }
            return line.substring(prefix.length());
        }

        /** Null when this file is the one asked for; otherwise what differs. */
        String mismatch(TpchTable wantedTable, double wantedScaleFactor) {
            if (!generator.equals(GENERATOR_VERSION)) {
                return "generator '" + generator + "', expected '" + GENERATOR_VERSION + "'";
            }
            if (!table.equals(wantedTable.tableName())) {
                return "table " + table + ", expected " + wantedTable.tableName();
            }
            String wantedSf = scaleFactorText(wantedScaleFactor);
            if (!scaleFactor.equals(wantedSf)) {
                return "scale factor " + scaleFactor + ", expected " + wantedSf;
            }
            return null;
        }
    }
}
