package dev.tpchbench.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Turns a schema into the one Lance should receive: the same fields, with the Lance encoding keys that
 * the settings ask for in their metadata. Lance reads them per field when it writes; the buffers do not change.
 */
public final class LanceEncodingMetadata {
    /** The per-field key Lance's encoder reads for the compression scheme (lance-encoding, 7.0.0). */
    public static final String COMPRESSION = "lance-encoding:compression";

    private LanceEncodingMetadata() {
    }

    /**
     * {@code schema} with {@link #COMPRESSION} set on every top-level Utf8 field (other types untouched);
     * {@code schema} itself for DEFAULT. Other metadata on the fields and the schema is kept.
     */
    public static Schema annotate(Schema schema, StringCompression strings) {
        if (strings.metadataValue().isEmpty()) {
            return schema;
        }
        String value = strings.metadataValue().get();
        List<Field> fields = schema.getFields().stream()
                .map(field -> field.getType().getTypeID() == ArrowType.ArrowTypeID.Utf8 ? withKey(field, value) : field)
                .collect(Collectors.toList());
        return new Schema(fields, schema.getCustomMetadata());
    }

    private static Field withKey(Field field, String value) {
        Map<String, String> metadata = new HashMap<>();
        if (field.getMetadata() != null) {
            metadata.putAll(field.getMetadata());
        }
        metadata.put(COMPRESSION, value);
        FieldType type = new FieldType(field.isNullable(), field.getType(), field.getDictionary(), metadata);
        return new Field(field.getName(), type, field.getChildren());
    }
}
