package dev.tpchbench.cdata;

import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;

/** The C Data Interface format strings of the types the TPC-H schema uses. */
final class FormatString {
    static final String STRUCT = "+s";
    static final String SUPPORTED = "l (int64), i (int32), d:P,S (decimal128), tdD (date32), u (utf8)";

    private FormatString() {
    }

    /** The Arrow type of a column format; throws, naming the format, for anything else. */
    static ArrowType columnType(String format, String column) {
        switch (format) {
            case "l":
                return new ArrowType.Int(64, true);
            case "i":
                return new ArrowType.Int(32, true);
            case "tdD":
                return new ArrowType.Date(DateUnit.DAY);
            case "u":
                return ArrowType.Utf8.INSTANCE;
            default:
                if (format.startsWith("d:")) {
                    return decimal128(format, column);
                }
                throw unsupported(format, column);
        }
    }

    /** "d:P,S" or "d:P,S,128"; other bit widths are other types. */
    private static ArrowType decimal128(String format, String column) {
        String[] parts = format.substring(2).split(",", -1);
        if (parts.length < 2 || parts.length > 3 || (parts.length == 3 && !parts[2].equals("128"))) {
            throw unsupported(format, column);
        }
        try {
            return new ArrowType.Decimal(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 128);
        } catch (NumberFormatException e) {
            throw unsupported(format, column);
        }
    }

    private static UnsupportedOperationException unsupported(String format, String column) {
        return new UnsupportedOperationException("column '" + column + "' has format '" + format
                + "', which the suite's own importers (HAND_WRITTEN, ZERO_COPY) do not read; they read " + SUPPORTED);
    }
}
