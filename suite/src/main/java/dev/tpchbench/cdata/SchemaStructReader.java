package dev.tpchbench.cdata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/** Reads a record batch schema from a C {@code ArrowSchema} struct, per the C Data Interface spec. */
final class SchemaStructReader {
    private static final long FLAG_NULLABLE = 2;

    private SchemaStructReader() {
    }

    /** Reads the schema; does not release the struct. */
    static Schema read(ArrowSchema struct) {
        ArrowSchema.Snapshot top = struct.snapshot();
        String format = cString(top.format);
        if (!FormatString.STRUCT.equals(format)) {
            throw new UnsupportedOperationException("a record batch schema has format '+s', not '" + format + "'");
        }
        List<Field> fields = new ArrayList<>();
        for (int c = 0; c < top.n_children; c++) {
            fields.add(column(ArrowSchema.wrap(MemoryUtil.getLong(top.children + 8L * c)).snapshot()));
        }
        return new Schema(fields, metadata(top.metadata));
    }

    private static Field column(ArrowSchema.Snapshot column) {
        String name = cString(column.name);
        String format = cString(column.format);
        if (format == null) {
            throw new IllegalArgumentException("column '" + name + "' has no format string");
        }
        if (column.dictionary != 0) {
            throw new UnsupportedOperationException("column '" + name + "' is dictionary-encoded, which is not supported");
        }
        if (column.n_children != 0) {
            throw new UnsupportedOperationException("column '" + name + "' has format '" + format
                    + "' with child types, which the suite's own importers (HAND_WRITTEN, ZERO_COPY) do not read;"
                    + " they read " + FormatString.SUPPORTED);
        }
        boolean nullable = (column.flags & FLAG_NULLABLE) != 0;
        FieldType type = new FieldType(nullable, FormatString.columnType(format, name), null, metadata(column.metadata));
        return new Field(name, type, null);
    }

    /** The spec's encoding: int32 pair count, then per pair an int32 length and bytes for key and value. */
    private static Map<String, String> metadata(long address) {
        if (address == 0) {
            return null;
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        int pairs = MemoryUtil.getInt(address);
        long at = address + 4;
        for (int p = 0; p < pairs; p++) {
            int keyLength = MemoryUtil.getInt(at);
            String key = utf8(at + 4, keyLength);
            at += 4 + keyLength;
            int valueLength = MemoryUtil.getInt(at);
            String value = utf8(at + 4, valueLength);
            at += 4 + valueLength;
            metadata.put(key, value);
        }
        return metadata;
    }

    private static String cString(long address) {
        if (address == 0) {
            return null;
        }
        int length = 0;
        while (MemoryUtil.getByte(address + length) != 0) {
            length++;
        }
        return utf8(address, length);
    }

    private static String utf8(long address, int length) {
        byte[] bytes = new byte[length];
        MemoryUtil.copyFromMemory(address, bytes, 0, length);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
