package dev.tpchbench.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.ReferenceManager;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.ExpectedDigestCache;
import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.tpch.TpchArrowGenerator;
import dev.tpchbench.tpch.TpchTable;

class GeneratedTableFileTest {
    private final BufferAllocator allocator = new RootAllocator();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        allocator.close(); // throws if any buffer leaked
    }

    @Test
    void holdsTheGeneratorsBatchesAndStoresTheirDigest() throws IOException {
        ExpectedDigestCache digests = new ExpectedDigestCache(dir.resolve("digests"), allocator);
        GeneratedTableFile.Prepared prepared = GeneratedTableFile.prepare(dir.resolve("sources"), TpchTable.ORDERS,
                0.01, 4001, digests, allocator);

        assertTrue(prepared.generatedNow());
        assertEquals("orders-sf0.01-b4001.arrow", prepared.file().getFileName().toString());
        try (ArrowTable generated = TpchArrowGenerator.generate(TpchTable.ORDERS, 0.01, 4001, allocator)) {
            TableDigest fromMemory = TableDigest.of(generated.schema(), generated.batches());
            assertEquals(fromMemory, prepared.expected());
            assertEquals(fromMemory, new GeneratedTableFile().digest(prepared.file(), allocator));
            List<Integer> expectedSizes = new ArrayList<>();
            generated.batches().forEach(b -> expectedSizes.add(b.getRowCount()));
            assertEquals(List.of(4001, 4001, 4001, 2997), expectedSizes);
            assertEquals(expectedSizes, batchSizes(prepared.file()), "the same batch boundaries as in memory");
        }
        assertEquals(ExpectedDigestCache.Outcome.HIT, digests.lookup(TpchTable.ORDERS, 0.01).outcome(),
                "the digest computed while writing the file is in the cache");
    }

    @Test
    void aLaterForkReusesTheFile() throws IOException {
        ExpectedDigestCache digests = new ExpectedDigestCache(dir.resolve("digests"), allocator);
        Path first = GeneratedTableFile.prepare(dir, TpchTable.CUSTOMER, 0.01, 1024, digests, allocator).file();
        long modified = Files.getLastModifiedTime(first).toMillis();

        GeneratedTableFile.Prepared again = GeneratedTableFile.prepare(dir, TpchTable.CUSTOMER, 0.01, 1024, digests,
                allocator);

        assertFalse(again.generatedNow());
        assertEquals(first, again.file());
        assertEquals(modified, Files.getLastModifiedTime(first).toMillis());
    }

    @Test
    void aGeneratorThatDisagreesWithTheCacheIsAnErrorAndLeavesNoFile() throws IOException {
        TableDigest otherTable = ExpectedDigestCache.fromGenerator(TpchTable.CUSTOMER, 0.001, allocator);
        // A cache whose stored customer SF 0.01 digest is another table's: as if the generator had changed.
        ExpectedDigestCache wrong = new ExpectedDigestCache(dir.resolve("digests"), (table, sf) -> otherTable);
        wrong.lookup(TpchTable.CUSTOMER, 0.01);

        IllegalStateException error = assertThrows(IllegalStateException.class, () -> GeneratedTableFile.prepare(
                dir.resolve("sources"), TpchTable.CUSTOMER, 0.01, 1024, wrong, allocator));

        assertTrue(error.getMessage().contains("differs from the cached expected digest"), error.getMessage());
        assertTrue(error.getMessage().contains("rows: expected 150, actual 1,500"), error.getMessage());
        try (Stream<Path> left = Files.list(dir.resolve("sources"))) {
            assertEquals(0, left.count(), "neither the file nor its partial copy is left");
        }
        assertNotEquals(otherTable, ExpectedDigestCache.fromGenerator(TpchTable.CUSTOMER, 0.01, allocator));
    }

    @Test
    void loadsTheWholeFileWithEveryBufferInAnAllocationOfItsOwn() throws IOException {
        ExpectedDigestCache digests = new ExpectedDigestCache(dir.resolve("digests"), allocator);
        GeneratedTableFile.Prepared prepared = GeneratedTableFile.prepare(dir, TpchTable.LINEITEM, 0.01, 8192, digests,
                allocator);

        try (ArrowTable loaded = GeneratedTableFile.load(prepared.file(), allocator);
             ArrowTable generated = TpchArrowGenerator.generate(TpchTable.LINEITEM, 0.01, 8192, allocator)) {
            assertEquals(prepared.expected(), TableDigest.of(loaded.schema(), loaded.batches()));
            assertEquals(generated.schema(), loaded.schema());
            List<Integer> loadedSizes = new ArrayList<>();
            loaded.batches().forEach(b -> loadedSizes.add(b.getRowCount()));
            List<Integer> generatedSizes = new ArrayList<>();
            generated.batches().forEach(b -> generatedSizes.add(b.getRowCount()));
            assertEquals(generatedSizes, loadedSizes);
            Set<ReferenceManager> owners = Collections.newSetFromMap(new IdentityHashMap<>());
            int buffers = 0;
            int misaligned = 0;
            for (VectorSchemaRoot batch : loaded.batches()) {
                for (FieldVector vector : batch.getFieldVectors()) {
                    for (ArrowBuf buffer : vector.getFieldBuffers()) {
                        if (buffer.capacity() > 0) {
                            buffers++;
                            owners.add(buffer.getReferenceManager());
                            misaligned += buffer.memoryAddress() % AlignedFileReader.ALIGNMENT == 0 ? 0 : 1;
                        }
                    }
                }
            }
            assertTrue(buffers > 16 * loaded.batchCount(), "lineitem has 16 columns: " + buffers);
            assertEquals(buffers, owners.size(), "no two column buffers share an allocation");
            assertEquals(0, misaligned, "buffers native code would refuse");
        }
    }

    @Test
    void aFileOfTheFirstRowsHoldsTheGeneratorsPrefixAndItsDigestInTheFooter() throws IOException {
        Path sources = dir.resolve("sources");
        GeneratedTableFile.Prepared prepared = GeneratedTableFile.prepareFirst(sources, TpchTable.LINEITEM, 0.01,
                1000, 3500, allocator);

        assertTrue(prepared.generatedNow());
        assertEquals("lineitem-sf0.01-b1000-first3500.arrow", prepared.file().getFileName().toString());
        try (ArrowTable generated = TpchArrowGenerator.generateFirst(TpchTable.LINEITEM, 0.01, 1000, 3500, allocator);
             ArrowTable loaded = GeneratedTableFile.load(prepared.file(), allocator)) {
            TableDigest fromMemory = TableDigest.of(generated.schema(), generated.batches());
            assertEquals(3500, fromMemory.rowCount());
            assertEquals(fromMemory, prepared.expected());
            assertEquals(fromMemory, TableDigest.of(loaded.schema(), loaded.batches()));
        }
        assertEquals(List.of(1000, 1000, 1000, 500), batchSizes(prepared.file()), "the generator's batch boundaries");

        GeneratedTableFile.Prepared again = GeneratedTableFile.prepareFirst(sources, TpchTable.LINEITEM, 0.01, 1000,
                3500, allocator);
        assertFalse(again.generatedNow(), "a later fork reads the file");
        assertEquals(prepared.expected(), again.expected(), "and takes the digest from its footer");
        try (Stream<Path> files = Files.list(sources)) {
            assertEquals(1, files.count(), "no partial file is left");
        }
    }

    @Test
    void aLaterForkRefusesAFooterDigestOfAnotherKeyOrSize() throws IOException {
        Path sources = dir.resolve("sources");
        Path file = GeneratedTableFile.prepareFirst(sources, TpchTable.ORDERS, 0.01, 1000, 2000, allocator).file();
        // The same name with another table's or another length's digest in its footer: the digest is not taken.
        GeneratedTableFile.prepareFirst(dir.resolve("other"), TpchTable.CUSTOMER, 0.01, 1000, 1000, allocator);
        Files.copy(dir.resolve("other").resolve("customer-sf0.01-b1000-first1000.arrow"), file,
                StandardCopyOption.REPLACE_EXISTING);

        IllegalArgumentException otherTable = assertThrows(IllegalArgumentException.class,
                () -> GeneratedTableFile.prepareFirst(sources, TpchTable.ORDERS, 0.01, 1000, 2000, allocator));
        assertTrue(otherTable.getMessage().contains("table customer, expected orders"), otherTable.getMessage());

        Path shorter = GeneratedTableFile.prepareFirst(dir.resolve("short"), TpchTable.ORDERS, 0.01, 1000, 1000,
                allocator).file();
        Files.copy(shorter, file, StandardCopyOption.REPLACE_EXISTING);
        IllegalStateException otherSize = assertThrows(IllegalStateException.class,
                () -> GeneratedTableFile.prepareFirst(sources, TpchTable.ORDERS, 0.01, 1000, 2000, allocator));
        assertTrue(otherSize.getMessage().contains("is of 1,000 rows, not the first 2,000"), otherSize.getMessage());
    }

    @Test
    void aFileOfTheFirstRowsIsRefusedForAsManyRowsAsTheTableHasOrNone() {
        for (long rows : new long[] {0, 15_000, 20_000}) { // orders SF 0.01 has 15,000 rows
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> GeneratedTableFile.prepareFirst(dir, TpchTable.ORDERS, 0.01, 1000, rows, allocator));
            assertTrue(error.getMessage().contains("between 1 and 14999 rows of orders"), error.getMessage());
        }
    }

    private List<Integer> batchSizes(Path file) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        try (ArrowFileReader reader = GeneratedTableFile.open(file, allocator)) {
            while (reader.loadNextBatch()) {
                sizes.add(reader.getVectorSchemaRoot().getRowCount());
            }
        }
        return sizes;
    }
}
