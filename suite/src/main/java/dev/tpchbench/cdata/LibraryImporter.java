package dev.tpchbench.cdata;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.c.CDataDictionaryProvider;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Arrow Java's own import ({@link Data#importIntoVectorSchemaRoot}): zero-copy, the imported
 * vectors point at the producer's buffers until the returned root is closed.
 *
 * <p>Arrow Java 18.3.0 ignores the {@code offset} field of an imported array (it reads every
 * buffer from its physical start), so a sliced array from a C++ or Rust producer would import
 * the wrong rows without any error. This importer refuses such arrays instead. Arrow's Java
 * exporter always writes offset 0, so Java-to-Java batches are unaffected.
 */
final class LibraryImporter implements BatchImporter {
    private final StreamSchema schemas = new StreamSchema();

    @Override
    public String name() {
        return Importer.LIBRARY.name();
    }

    @Override
    public VectorSchemaRoot importBatch(ArrowArray array, ArrowSchema schemaStruct, BufferAllocator allocator) {
        try (MovedInput input = MovedInput.take(array, schemaStruct, allocator)) {
            Schema schema = schemas.resolve(input.schema(), struct -> importSchema(struct, allocator));
            requireZeroOffsets(ArrayStruct.of(input.array()), "record batch");
            VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator);
            try {
                Data.importIntoVectorSchemaRoot(allocator, input.array(), root, null);
                return root;
            } catch (RuntimeException e) {
                root.close();
                throw e;
            }
        }
    }

    private static Schema importSchema(ArrowSchema struct, BufferAllocator allocator) {
        try (CDataDictionaryProvider dictionaries = new CDataDictionaryProvider()) {
            Schema schema = Data.importSchema(allocator, struct, dictionaries);
            if (!dictionaries.getDictionaryIds().isEmpty()) {
                throw new UnsupportedOperationException("dictionary-encoded columns are not supported: " + schema);
            }
            return schema;
        }
    }

    private static void requireZeroOffsets(ArrayStruct array, String what) {
        if (array.offset() != 0) {
            throw new UnsupportedOperationException(what + " has offset " + array.offset()
                    + ": Arrow Java's importer ignores ArrowArray.offset and would import the wrong rows");
        }
        for (int c = 0; c < array.childCount(); c++) {
            requireZeroOffsets(array.child(c), what + " column " + c);
        }
    }
}
