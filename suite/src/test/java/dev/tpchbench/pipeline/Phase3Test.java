package dev.tpchbench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lance.Dataset;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.gate.OutputCheck;
import dev.tpchbench.output.OutputDirs;
import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.tpch.TpchArrowGenerator;
import dev.tpchbench.tpch.TpchTable;
import dev.tpchbench.write.LanceDatasetReader;
import dev.tpchbench.write.LanceDatasetWriter;
import dev.tpchbench.write.LanceEncodingMetadata;
import dev.tpchbench.write.LanceWriteSettings;
import dev.tpchbench.write.StringCompression;

/** Phase 3's choices, LZ4 on the strings and two fragment writers, reach real Lance; its output passes Phase 2's gate. */
class Phase3Test {
    private static final BenchmarkId ID = new BenchmarkId("dev.tpchbench.bench.PipelineBenchmark.pipeline",
            Map.of("phase", "PHASE_3", "table", "lineitem", "scaleFactor", "0.01"));

    private final BufferAllocator allocator = new RootAllocator();
    private ArrowTable lineitem;
    private TableDigest expected;

    @TempDir
    Path dir;

    @BeforeEach
    void generate() {
        // Four batches, so that PHASE_3's two writers each get a half (a single batch cannot be split).
        lineitem = TpchArrowGenerator.generate(TpchTable.LINEITEM, 0.01, 16_384, allocator);
        expected = TableDigest.of(lineitem.schema(), lineitem.batches());
    }

    @AfterEach
    void close() {
        lineitem.close();
        allocator.close(); // throws if any buffer leaked
    }

    private Path write(Phase phase, Path target) throws IOException {
        try (BufferAllocator writeAllocator = allocator.newChildAllocator("write", 0, Long.MAX_VALUE)) {
            assertEquals(60_175, phase.writer(writeAllocator, LanceWriteSettings.DEFAULTS).write(lineitem, target)
                    .rowsWritten(), phase.toString());
        }
        return target;
    }

    @Test
    void phase3PassesTheGateWithLz4OnExactlyTheUtf8Fields() throws IOException {
        Path target = write(Phase.PHASE_3, dir.resolve("phase3.lance"));

        assertEquals(60_175, OutputCheck.verifyLance(ID, target, expected, allocator));
        assertStringCompression(new LanceDatasetReader().schema(target, allocator), "lz4");
        try (Dataset dataset = Dataset.open().allocator(allocator).uri(target.toString()).build()) {
            assertEquals(Phase.PHASE_3_WRITERS, dataset.getFragments().size(), "one fragment per writer");
        }
    }

    @Test
    void phase2CarriesNoEncodingKey() throws IOException {
        Path target = write(Phase.PHASE_2, dir.resolve("phase2.lance"));

        assertEquals(60_175, OutputCheck.verifyLance(ID, target, expected, allocator));
        assertStringCompression(new LanceDatasetReader().schema(target, allocator), null);
    }

    /** The key reaches the encoder: without FSST (NONE) the same table takes clearly more bytes. */
    @Test
    void noneWritesClearlyMoreBytesThanLancesDefault() throws IOException {
        long fsst = dataBytes(StringCompression.DEFAULT);
        long none = dataBytes(StringCompression.NONE);
        assertTrue(fsst > 0, "DEFAULT wrote data files");
        assertTrue(none > 1.2 * fsst, "NONE " + none + " bytes vs DEFAULT (FSST) " + fsst);
    }

    private long dataBytes(StringCompression strings) throws IOException {
        Path target = dir.resolve(strings + ".lance");
        new LanceDatasetWriter(LanceWriteSettings.DEFAULTS.withStringCompression(strings), allocator)
                .write(lineitem, target);
        return OutputDirs.sizeOnDisk(target.resolve("data"));
    }

    /** Every Utf8 field has {@code value} under the key (none when null); no other field has the key. */
    static void assertStringCompression(Schema schema, String value) {
        int strings = 0;
        for (Field field : schema.getFields()) {
            String actual = field.getMetadata() == null ? null : field.getMetadata().get(LanceEncodingMetadata.COMPRESSION);
            if (field.getType() instanceof ArrowType.Utf8) {
                strings++;
                assertEquals(value, actual, field.getName());
            } else {
                assertNull(actual, field.getName());
            }
        }
        assertEquals(5, strings, "lineitem's Utf8 fields");
    }
}
