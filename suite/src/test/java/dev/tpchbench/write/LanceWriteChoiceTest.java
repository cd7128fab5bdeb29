package dev.tpchbench.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lance.Dataset;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.gate.OutputCheck;
import dev.tpchbench.pipeline.Phase;
import dev.tpchbench.results.BenchmarkId;

class LanceWriteChoiceTest {
    /** What each choice may change against PHASE_2: a component of the settings record, or the writer threads. */
    private static final Map<LanceWriteChoice, Set<String>> NAMED = Map.of(
            LanceWriteChoice.PHASE_2, Set.of(),
            LanceWriteChoice.LZ4_STRINGS, Set.of("stringCompression"),
            LanceWriteChoice.ZSTD_STRINGS, Set.of("stringCompression"),
            LanceWriteChoice.NO_STRING_COMPRESSION, Set.of("stringCompression"),
            LanceWriteChoice.STORAGE_2_2, Set.of("storageVersion"),
            LanceWriteChoice.TWO_FRAGMENT_WRITERS, Set.of("writerThreads"));

    private final BufferAllocator allocator = new RootAllocator();

    @TempDir
    Path dir;

    @AfterEach
    void allocatorIsEmpty() {
        allocator.close();
    }

    @Test
    void eachChoiceChangesExactlyTheOneThingItNames() throws Exception {
        assertEquals(Set.of(LanceWriteChoice.values()), NAMED.keySet(), "every choice is listed here");
        for (LanceWriteChoice choice : LanceWriteChoice.values()) {
            assertEquals(NAMED.get(choice), differencesFromPhase2(choice), choice.name());
        }
        assertEquals(LanceWriteSettings.DEFAULTS, LanceWriteChoice.PHASE_2.settings());
        assertEquals(1, LanceWriteChoice.PHASE_2.writerThreads());
        assertEquals(Phase.phase3(LanceWriteSettings.DEFAULTS), LanceWriteChoice.LZ4_STRINGS.settings(), "what PHASE_3 writes");
        assertEquals(StringCompression.ZSTD, LanceWriteChoice.ZSTD_STRINGS.settings().stringCompression());
        assertEquals(StringCompression.NONE, LanceWriteChoice.NO_STRING_COMPRESSION.settings().stringCompression());
        assertEquals("2.2", LanceWriteChoice.STORAGE_2_2.settings().storageVersion());
        assertEquals(2, LanceWriteChoice.TWO_FRAGMENT_WRITERS.writerThreads());
    }

    @Test
    void oneWriterThreadIsTheOneStreamWriteOfPhase2() {
        for (LanceWriteChoice choice : LanceWriteChoice.values()) {
            DatasetWriter writer = choice.writer(allocator);
            if (choice.writerThreads() == 1) {
                assertInstanceOf(LanceDatasetWriter.class, writer, choice.name());
                assertEquals(new LanceDatasetWriter(choice.settings(), allocator).describe(), writer.describe());
            } else {
                assertInstanceOf(ParallelFragmentWriter.class, writer, choice.name());
            }
        }
        assertEquals("lance(v2.1, maxRowsPerFile=1048576, maxRowsPerGroup=1024, fragmentWriters=2)",
                LanceWriteChoice.TWO_FRAGMENT_WRITERS.writer(allocator).describe());
    }

    @Test
    void parsesAsTypedAndListsTheChoicesOtherwise() {
        assertEquals(LanceWriteChoice.STORAGE_2_2, LanceWriteChoice.parse(" storage-2.2 "));
        assertEquals(LanceWriteChoice.LZ4_STRINGS, LanceWriteChoice.parse("lz4_strings"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LanceWriteChoice.parse("LZ4"));
        assertEquals("unknown choice 'LZ4'; accepted: PHASE_2, LZ4_STRINGS, ZSTD_STRINGS, NO_STRING_COMPRESSION, "
                + "STORAGE_2_2, TWO_FRAGMENT_WRITERS", e.getMessage());
    }

    /** Every choice passes the same gate, and the dataset records the thing the choice changed. */
    @ParameterizedTest
    @EnumSource(LanceWriteChoice.class)
    void eachChoiceWritesADatasetThatPassesTheGateAndShowsTheChoice(LanceWriteChoice choice) throws IOException {
        BenchmarkId id = new BenchmarkId("dev.tpchbench.choices.LanceWriteChoiceBenchmark.writeTable",
                Map.of("choice", choice.name(), "table", "lineitem", "scaleFactor", "0.01"));
        Path target = dir.resolve(choice.name());
        try (ArrowTable table = TestTables.lineitemLike(allocator, 6_000, 1_000)) {
            assertEquals(6_000, choice.writer(allocator).write(table, target).rowsWritten());

            assertEquals(6_000, OutputCheck.verifyLance(id, target, TableDigest.of(table.schema(), table.batches()), allocator));
            try (Dataset dataset = Dataset.open().allocator(allocator).uri(target.toString()).build()) {
                assertEquals(choice.settings().storageVersion(), dataset.getLanceFileFormatVersion());
                assertEquals(choice.writerThreads(), dataset.getFragments().size());
                Map<String, String> comment = dataset.getSchema().findField("l_comment").getMetadata();
                assertEquals(choice.settings().stringCompression().metadataValue().orElse(null),
                        comment == null ? null : comment.get(LanceEncodingMetadata.COMPRESSION));
            }
        }
    }

    private static Set<String> differencesFromPhase2(LanceWriteChoice choice) throws Exception {
        LanceWriteChoice phase2 = LanceWriteChoice.PHASE_2;
        Set<String> differences = new TreeSet<>();
        for (RecordComponent component : LanceWriteSettings.class.getRecordComponents()) {
            Object mine = component.getAccessor().invoke(choice.settings());
            if (!mine.equals(component.getAccessor().invoke(phase2.settings()))) {
                differences.add(component.getName());
            }
        }
        if (choice.writerThreads() != phase2.writerThreads()) {
            differences.add("writerThreads");
        }
        assertTrue(differences.size() <= 1, choice + " changes more than one thing: " + differences);
        return differences;
    }
}
