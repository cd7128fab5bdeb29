package dev.tpchbench.bench;

import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.util.ValueVectorUtility;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.gate.IntegrityGate;
import dev.tpchbench.results.Numbers;

/**
 * The per-batch benchmarks whose calls end in an import (import alone, or the whole hop): each iteration
 * imports into a fresh consumer allocator, and its latest imports of every ring slot are checked after it.
 * (validateFull's per-value checks, UTF-8 and decimal precision, took 83 % of a 1,048,576-row iteration's
 * 3 s; values that digest-equal the source's hold them anyway, so they run twice per fork, in the first
 * and the last iteration, and {@code validate} in the others.)
 */
@State(Scope.Thread)
public abstract class ImportedRingState extends BatchRingState {
    private long sourceBytes;
    private int iteration;
    protected BufferAllocator consumer;

    @Override
    protected void prepareTrial() throws Exception {
        super.prepareTrial();
        sourceBytes = allocator.getAllocatedMemory();
    }

    /** The consumer allocator of the next iteration's imports. */
    protected void startIteration() {
        iteration++;
        consumer = allocator.newChildAllocator("consumer", 0, Long.MAX_VALUE);
    }

    /**
     * Validates and digests {@code latest}, closes {@code ring} (which owns them), and requires both
     * allocators back where they were: the consumer's empty, the producer's holding only the source.
     */
    protected void verifyIteration(List<VectorSchemaRoot> latest, AutoCloseable ring, Verified verified) throws Exception {
        TableDigest actual;
        try (ring) {
            boolean full = iteration == 1
                    || iteration == benchmarkParams.getWarmup().getCount() + benchmarkParams.getMeasurement().getCount();
            for (VectorSchemaRoot batch : latest) {
                for (FieldVector vector : batch.getFieldVectors()) {
                    if (full) {
                        ValueVectorUtility.validateFull(vector);
                    } else {
                        ValueVectorUtility.validate(vector);
                    }
                }
            }
            actual = TableDigest.of(source.schema(), latest);
        }
        long consumerBytes = consumer.getAllocatedMemory();
        consumer.close();
        IntegrityGate.require(id, consumerBytes == 0, Numbers.grouped(consumerBytes)
                + " bytes of imported data not released after closing the imports");
        long producerBytes = allocator.getAllocatedMemory();
        IntegrityGate.require(id, producerBytes == sourceBytes, "producer holds " + Numbers.grouped(producerBytes)
                + " bytes after the imports were released, the source alone " + Numbers.grouped(sourceBytes));
        verified.rowsVerified = IntegrityGate.verify(id, expected, actual);
        settleForTheNextIteration();
    }
}
