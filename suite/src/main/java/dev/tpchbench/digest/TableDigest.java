package dev.tpchbench.digest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

import dev.tpchbench.results.Numbers;

/**
 * What a table holds, in a few numbers: row count, column names and types, and one checksum per
 * column that changes when any value, row or column changes (altered, dropped, duplicated,
 * reordered). Every integrity check in the suite compares two of these, so Lance, Parquet and
 * imported batches are all judged against the source the same way.
 */
public final class TableDigest {
    private final long rowCount;
    private final List<String> columnNames;
    private final List<String> columnTypes;
    private final long[] columnHashes;

    private TableDigest(long rowCount, List<String> columnNames, List<String> columnTypes, long[] columnHashes) {
        this.rowCount = rowCount;
        this.columnNames = Collections.unmodifiableList(new ArrayList<>(columnNames));
        this.columnTypes = Collections.unmodifiableList(new ArrayList<>(columnTypes));
        this.columnHashes = columnHashes.clone();
    }

    /** The digest of a whole table given as batches in row order; batches are hashed in parallel. */
    public static TableDigest of(Schema schema, List<VectorSchemaRoot> batches) {
        long[] firstRows = new long[batches.size()];
        long rows = 0;
        for (int b = 0; b < batches.size(); b++) {
            firstRows[b] = rows;
            rows += batches.get(b).getRowCount();
        }
        int columns = schema.getFields().size();
        long[][] perBatch = new long[batches.size()][];
        IntStream.range(0, batches.size()).parallel()
                .forEach(b -> perBatch[b] = hashBatch(batches.get(b), columns, firstRows[b]));
        long[] sums = new long[columns];
        for (long[] hashes : perBatch) {
            for (int c = 0; c < columns; c++) {
                sums[c] += hashes[c];
            }
        }
        return new TableDigest(rows, names(schema), types(schema), sums);
    }

    /** A digest read back from where it was stored ({@link ExpectedDigestCache}); the caller checked it. */
    static TableDigest restore(long rowCount, List<String> columnNames, List<String> columnTypes, long[] columnHashes) {
        if (columnNames.size() != columnTypes.size() || columnNames.size() != columnHashes.length) {
            throw new IllegalArgumentException("columns: " + columnNames.size() + " names, " + columnTypes.size()
                    + " types, " + columnHashes.length + " hashes");
        }
        return new TableDigest(rowCount, columnNames, columnTypes, columnHashes);
    }

    /** The digest of everything {@code reader} still has, read batch by batch (never held whole). */
    public static TableDigest of(ArrowReader reader) throws IOException {
        Builder digest = builder(reader.getVectorSchemaRoot().getSchema());
        while (reader.loadNextBatch()) {
            digest.add(reader.getVectorSchemaRoot());
        }
        return digest.build();
    }

    /**
     * The digest of one table read as groups of its columns, each group over all rows (column scans run
     * side by side): a column's checksum depends only on its own values, so the result equals the digest of
     * the whole table. {@code order} names every column once, in the table's order; the groups must agree
     * on the row count.
     */
    public static TableDigest sideBySide(List<String> order, List<TableDigest> groups) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no column groups");
        }
        long rows = groups.get(0).rowCount;
        for (TableDigest group : groups) {
            if (group.rowCount != rows) {
                throw new IllegalArgumentException("the column groups read different row counts: "
                        + Numbers.grouped(rows) + " and " + Numbers.grouped(group.rowCount));
            }
        }
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        long[] hashes = new long[order.size()];
        for (String name : order) {
            TableDigest holder = null;
            int index = -1;
            for (TableDigest group : groups) {
                if (group.columnNames.contains(name)) {
                    if (holder != null) {
                        throw new IllegalArgumentException("column " + name + " is in two groups");
                    }
                    holder = group;
                    index = group.columnNames.indexOf(name);
                }
            }
            if (holder == null) {
                throw new IllegalArgumentException("column " + name + " is in no group");
            }
            hashes[names.size()] = holder.columnHashes[index];
            names.add(name);
            types.add(holder.columnTypes.get(index));
        }
        int grouped = groups.stream().mapToInt(g -> g.columnNames.size()).sum();
        if (grouped != order.size()) {
            throw new IllegalArgumentException("the groups hold " + grouped + " columns, the table " + order.size());
        }
        return new TableDigest(rows, names, types, hashes);
    }

    public static Builder builder(Schema schema) {
        return new Builder(schema);
    }

    public long rowCount() {
        return rowCount;
    }

    public List<String> columnNames() {
        return columnNames;
    }

    public List<String> columnTypes() {
        return columnTypes;
    }

    /** The per-column checksums, for storing the digest. */
    long[] columnHashes() {
        return columnHashes.clone();
    }

    /**
     * Empty when {@code this} (the actual output) equals {@code expected}; otherwise a message
     * that names what differs: rows, columns (names or types), or the columns whose content differs.
     */
    public Optional<String> differenceFrom(TableDigest expected) {
        List<String> problems = new ArrayList<>();
        if (rowCount != expected.rowCount) {
            problems.add("rows: expected " + Numbers.grouped(expected.rowCount) + ", actual " + Numbers.grouped(rowCount));
        }
        if (!columnNames.equals(expected.columnNames)) {
            problems.add("columns: expected " + expected.columnNames + ", actual " + columnNames);
        } else {
            List<String> wrongType = new ArrayList<>();
            List<String> wrongContent = new ArrayList<>();
            for (int c = 0; c < columnNames.size(); c++) {
                if (!columnTypes.get(c).equals(expected.columnTypes.get(c))) {
                    wrongType.add(columnNames.get(c) + " (expected " + expected.columnTypes.get(c)
                            + ", actual " + columnTypes.get(c) + ")");
                } else if (columnHashes[c] != expected.columnHashes[c] && rowCount == expected.rowCount) {
                    // With a different row count every column differs; the row counts say it better.
                    wrongContent.add(columnNames.get(c));
                }
            }
            if (!wrongType.isEmpty()) {
                problems.add("column types differ: " + String.join(", ", wrongType));
            }
            if (!wrongContent.isEmpty()) {
                problems.add("content differs in column(s) " + String.join(", ", wrongContent));
            }
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TableDigest)) {
            return false;
        }
        TableDigest other = (TableDigest) o;
        return rowCount == other.rowCount && columnNames.equals(other.columnNames)
                && columnTypes.equals(other.columnTypes) && Arrays.equals(columnHashes, other.columnHashes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rowCount, columnNames, columnTypes, Arrays.hashCode(columnHashes));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(Numbers.grouped(rowCount) + " rows");
        for (int c = 0; c < columnNames.size(); c++) {
            s.append(c == 0 ? " [" : ", ").append(columnNames.get(c)).append(' ').append(columnTypes.get(c))
                    .append('=').append(Long.toHexString(columnHashes[c]));
        }
        return s.append(columnNames.isEmpty() ? "" : "]").toString();
    }

    private static long[] hashBatch(VectorSchemaRoot batch, int columns, long firstRow) {
        List<FieldVector> vectors = batch.getFieldVectors();
        if (vectors.size() != columns) {
            throw new IllegalArgumentException("batch has " + vectors.size() + " columns, schema " + columns);
        }
        for (FieldVector vector : vectors) {
            if (vector.getValueCount() != batch.getRowCount()) {
                throw new IllegalArgumentException("column " + vector.getName() + " holds " + vector.getValueCount()
                        + " values in a batch of " + batch.getRowCount() + " rows");
            }
        }
        // Columns in parallel: a streamed read-back hands over one batch at a time (the hashing was 22 % of a
        // one-scan Parquet read-back's CPU on lineitem SF 1, results/reference/readback-20261206/).
        long[] hashes = new long[columns];
        IntStream.range(0, columns).parallel().forEach(c -> hashes[c] = ColumnHasher.hash(vectors.get(c), firstRow));
        return hashes;
    }

    private static List<String> names(Schema schema) {
        List<String> names = new ArrayList<>();
        for (Field field : schema.getFields()) {
            names.add(field.getName());
        }
        return names;
    }

    private static List<String> types(Schema schema) {
        List<String> types = new ArrayList<>();
        for (Field field : schema.getFields()) {
            types.add(field.getType().toString());
        }
        return types;
    }

    /**
     * Accumulates a digest over batches given in row order, through the same per-batch hashing as
     * {@link #of}, so a streamed table's digest equals its in-memory one without being held.
     */
    public static final class Builder {
        private final Schema schema;
        private final long[] sums;
        private long rows;

        private Builder(Schema schema) {
            this.schema = schema;
            this.sums = new long[schema.getFields().size()];
        }

        public Builder add(VectorSchemaRoot batch) {
            long[] hashes = hashBatch(batch, sums.length, rows);
            for (int c = 0; c < sums.length; c++) {
                sums[c] += hashes[c];
            }
            rows += batch.getRowCount();
            return this;
        }

        public TableDigest build() {
            return new TableDigest(rows, names(schema), types(schema), sums);
        }
    }
}
