package dev.tpchbench.write;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * The Parquet schema for an Arrow schema of the TPC-H column types, as Arrow's own Parquet writer maps
 * them: Int64 to INT64, Int32 to INT32, Date32 to INT32 (DATE), Decimal128 with precision up to 18 to
 * INT64 (DECIMAL), Utf8 to BINARY (STRING). Nullable fields are OPTIONAL, the others REQUIRED.
 */
final class ArrowParquetSchema {
    /** The largest decimal precision whose unscaled values always fit in an INT64. */
    static final int MAX_INT64_DECIMAL_PRECISION = 18;

    private ArrowParquetSchema() {
    }

    static MessageType of(Schema schema) {
        List<Type> fields = new ArrayList<>();
        for (Field field : schema.getFields()) {
            fields.add(column(field));
        }
        return new MessageType("schema", fields);
    }

    private static Type column(Field field) {
        Type.Repetition repetition = field.isNullable() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
        ArrowType type = field.getType();
        if (type instanceof ArrowType.Int) {
            ArrowType.Int integer = (ArrowType.Int) type;
            if (integer.getIsSigned() && integer.getBitWidth() == 64) {
                return Types.primitive(PrimitiveTypeName.INT64, repetition).named(field.getName());
            }
            if (integer.getIsSigned() && integer.getBitWidth() == 32) {
                return Types.primitive(PrimitiveTypeName.INT32, repetition).named(field.getName());
            }
        } else if (type instanceof ArrowType.Date && ((ArrowType.Date) type).getUnit() == DateUnit.DAY) {
            return Types.primitive(PrimitiveTypeName.INT32, repetition)
                    .as(LogicalTypeAnnotation.dateType()).named(field.getName());
        } else if (type instanceof ArrowType.Decimal) {
            ArrowType.Decimal decimal = (ArrowType.Decimal) type;
            if (decimal.getBitWidth() == 128 && decimal.getPrecision() <= MAX_INT64_DECIMAL_PRECISION) {
                return Types.primitive(PrimitiveTypeName.INT64, repetition)
                        .as(LogicalTypeAnnotation.decimalType(decimal.getScale(), decimal.getPrecision()))
                        .named(field.getName());
            }
        } else if (type instanceof ArrowType.Utf8) {
            return Types.primitive(PrimitiveTypeName.BINARY, repetition)
                    .as(LogicalTypeAnnotation.stringType()).named(field.getName());
        }
        throw new IllegalArgumentException("no Parquet mapping for column " + field.getName() + " of type " + type);
    }
}
