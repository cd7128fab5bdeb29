package dev.tpchbench.fault;

import org.apache.arrow.memory.BufferAllocator;

import dev.tpchbench.data.ArrowTable;

/** Makes a wrong version of a table; the result is a new table the caller closes, the source is untouched. */
@FunctionalInterface
interface Distortion {
    ArrowTable apply(ArrowTable source, BufferAllocator allocator);
}
