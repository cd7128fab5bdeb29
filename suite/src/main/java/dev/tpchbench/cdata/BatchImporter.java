package dev.tpchbench.cdata;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Turns one record batch received over the Arrow C Data Interface into a {@link VectorSchemaRoot}.
 *
 * <p>Contract:
 * <ul>
 *   <li>The array must describe a record batch: a struct ({@code "+s"}) whose children are the columns.
 *   <li>The importer <b>consumes the array</b>, whether it returns or throws: afterwards the array
 *       struct is marked released, and the producer's buffers are released either before
 *       {@code importBatch} returns (importers that copy) or when the returned root is closed
 *       (zero-copy importers). The struct memory itself stays the caller's: importers neither
 *       close nor free it, so the caller can still check it (see {@link ExportedBatch#isArrayLive()}).
 *   <li>A non-null {@code schema} is consumed too (released), also on failure. A null
 *       {@code schema} means "the same schema as the previous batch given to this instance", as
 *       in a stream that sends its schema once; so one instance serves one stream, from one thread.
 *   <li>The caller closes the returned root. Its buffers are allocated from, or accounted to,
 *       {@code allocator}.
 *   <li>Every importer except the negative controls ({@link Importer#negativeControl()}) either returns a
 *       batch equal to the exported one or throws; none silently returns different data.
 * </ul>
 */
public interface BatchImporter {
    /** The name of the {@link Importer} this implements, for results and logs. */
    String name();

    VectorSchemaRoot importBatch(ArrowArray array, ArrowSchema schema, BufferAllocator allocator);
}
