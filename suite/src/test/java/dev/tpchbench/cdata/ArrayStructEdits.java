package dev.tpchbench.cdata;

import java.util.function.Consumer;

import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.memory.util.MemoryUtil;

/**
 * Rewrites fields of an exported C struct in place, to build inputs Arrow's Java exporter never
 * produces (non-zero offsets) or malformed ones. The release callback does not read these fields,
 * so the export is still released correctly.
 */
final class ArrayStructEdits {
    private ArrayStructEdits() {
    }

    /**
     * Makes the record batch describe rows [parentOffset + childOffset, + length) of what was
     * exported: the struct gets {@code parentOffset}, each column {@code childOffset}, and the
     * columns' null counts become -1 ("unknown"), as the slice's counts differ from the whole's.
     */
    static void slice(ArrowArray batch, long parentOffset, long childOffset, long length) {
        edit(batch, s -> {
            s.offset = parentOffset;
            s.length = length;
        });
        for (int c = 0; c < batch.snapshot().n_children; c++) {
            edit(child(batch, c), s -> {
                s.offset = childOffset;
                s.length = parentOffset + length;
                s.null_count = -1;
            });
        }
    }

    static ArrowArray child(ArrowArray parent, int index) {
        return ArrowArray.wrap(MemoryUtil.getLong(parent.snapshot().children + 8L * index));
    }

    static void edit(ArrowArray array, Consumer<ArrowArray.Snapshot> change) {
        ArrowArray.Snapshot snapshot = array.snapshot();
        change.accept(snapshot);
        array.save(snapshot);
    }

    /** Points buffer {@code index} of {@code array} at {@code address} (0 for a NULL buffer). */
    static void setBuffer(ArrowArray array, int index, long address) {
        MemoryUtil.putLong(array.snapshot().buffers + 8L * index, address);
    }

    static ArrowSchema child(ArrowSchema parent, int index) {
        return ArrowSchema.wrap(MemoryUtil.getLong(parent.snapshot().children + 8L * index));
    }

    /** As {@link #edit(ArrowArray, Consumer)}, for a schema struct (its release callback reads none of these fields). */
    static void edit(ArrowSchema schema, Consumer<ArrowSchema.Snapshot> change) {
        ArrowSchema.Snapshot snapshot = schema.snapshot();
        change.accept(snapshot);
        schema.save(snapshot);
    }
}
