package dev.tpchbench.cdata;

import java.util.function.Function;

import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.vector.types.pojo.Schema;

/** The schema of the batches one importer instance sees: read from the first batch that carries it. */
final class StreamSchema {
    private Schema current;

    /** Reads {@code struct} if given (the reader consumes it), else reuses the last schema read. */
    Schema resolve(ArrowSchema struct, Function<ArrowSchema, Schema> reader) {
        if (struct != null) {
            current = reader.apply(struct);
        } else if (current == null) {
            throw new IllegalStateException("no schema: the first batch given to an importer must carry one");
        }
        return current;
    }
}
