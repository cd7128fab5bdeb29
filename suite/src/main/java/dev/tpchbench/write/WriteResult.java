package dev.tpchbench.write;

import java.nio.file.Path;

/**
 * What a writer says it did. {@code rowsWritten} is the writer's own claim (see each writer for its
 * source); it is not a verification, which is a {@link DatasetReader}'s job.
 * Nothing here is measured after the write (no folder walk, no count): that work is not timed.
 */
public record WriteResult(Path target, long rowsWritten) {
}
