package dev.tpchbench.write;

import org.apache.arrow.memory.BufferAllocator;

import dev.tpchbench.results.EnumNames;

/**
 * The Lance write choices of Phase 3 (issue 10 §3), each measured on its own: every constant but PHASE_2 is
 * Phase 2's write ({@link LanceWriteSettings#DEFAULTS}, one stream) with exactly one thing changed, so two
 * rows differ by one choice.
 */
public enum LanceWriteChoice {
    /** Phase 2: nothing changed. */
    PHASE_2(LanceWriteSettings.DEFAULTS, 1),
    /** LZ4 instead of Lance's pick (FSST) on the string columns: {@code Phase.PHASE_3}'s settings (it adds two writers). */
    LZ4_STRINGS(LanceWriteSettings.DEFAULTS.withStringCompression(StringCompression.LZ4), 1),
    /** Zstandard instead of Lance's pick on the string columns. */
    ZSTD_STRINGS(LanceWriteSettings.DEFAULTS.withStringCompression(StringCompression.ZSTD), 1),
    /** No compression at all on the string columns (no FSST either). */
    NO_STRING_COMPRESSION(LanceWriteSettings.DEFAULTS.withStringCompression(StringCompression.NONE), 1),
    /** File format 2.2 instead of 2.1 (general compression of large blocks only exists from 2.2 on). */
    STORAGE_2_2(LanceWriteSettings.DEFAULTS.withStorageVersion("2.2"), 1),
    /** Two halves of the batches written as fragments on two threads, then one commit. */
    TWO_FRAGMENT_WRITERS(LanceWriteSettings.DEFAULTS, 2);

    private final LanceWriteSettings settings;
    private final int writerThreads;

    LanceWriteChoice(LanceWriteSettings settings, int writerThreads) {
        this.settings = settings;
        this.writerThreads = writerThreads;
    }

    public LanceWriteSettings settings() {
        return settings;
    }

    /** Threads that each write a part of the table as fragments; 1 is one stream into one write, as Phase 2. */
    public int writerThreads() {
        return writerThreads;
    }

    /** The writer of this choice; {@code allocator} holds what the write allocates. */
    public DatasetWriter writer(BufferAllocator allocator) {
        return writerThreads == 1 ? new LanceDatasetWriter(settings, allocator)
                : new ParallelFragmentWriter(settings, allocator, writerThreads);
    }

    public static LanceWriteChoice parse(String name) {
        return EnumNames.parse(LanceWriteChoice.class, "choice", name);
    }
}
