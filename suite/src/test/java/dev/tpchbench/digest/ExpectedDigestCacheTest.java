package dev.tpchbench.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tpchbench.data.ArrowTable;
import dev.tpchbench.digest.ExpectedDigestCache.Lookup;
import dev.tpchbench.digest.ExpectedDigestCache.Outcome;
import dev.tpchbench.tpch.TpchArrowGenerator;
import dev.tpchbench.tpch.TpchTable;

class ExpectedDigestCacheTest {
    private static final double SF = 0.01;

    private final BufferAllocator allocator = new RootAllocator();
    private final AtomicInteger computed = new AtomicInteger();

    @TempDir
    Path folder;

    @AfterEach
    void nothingLeaks() {
        allocator.close(); // throws if any buffer leaked
    }

    /** The real streaming source, counted, so a test can tell a hit from a recomputation. */
    private ExpectedDigestCache cache() {
        return new ExpectedDigestCache(folder, (table, sf) -> {
            computed.incrementAndGet();
            return ExpectedDigestCache.fromGenerator(table, sf, allocator);
        });
    }

    private TableDigest inMemory(TpchTable table) {
        try (ArrowTable whole = TpchArrowGenerator.generate(table, SF, 1000, allocator)) {
            return TableDigest.of(whole.schema(), whole.batches());
        }
    }

    @Test
    void theStreamedDigestEqualsTheInMemoryOne() {
        for (TpchTable table : new TpchTable[] {TpchTable.CUSTOMER, TpchTable.ORDERS, TpchTable.LINEITEM}) {
            assertEquals(inMemory(table), ExpectedDigestCache.fromGenerator(table, SF, allocator), table.tableName());
        }
    }

    @Test
    void aMissComputesAndStoresAndTheNextLookupIsAHit() throws IOException {
        Lookup miss = cache().lookup(TpchTable.ORDERS, SF);
        assertEquals(Outcome.MISSING, miss.outcome());
        assertEquals(inMemory(TpchTable.ORDERS), miss.digest());
        assertEquals(1, computed.get());
        assertTrue(Files.isRegularFile(folder.resolve("orders-sf0.01.digest")));

        // A new cache on the same folder: what a later fork of the run sees.
        Lookup hit = cache().lookup(TpchTable.ORDERS, SF);
        assertEquals(Outcome.HIT, hit.outcome());
        assertEquals(miss.digest(), hit.digest());
        assertEquals(1, computed.get(), "a hit generates nothing");
    }

    @Test
    void aChangedValueFailsTheChecksumAndIsRecomputed() throws IOException {
        TableDigest expected = cache().expected(TpchTable.CUSTOMER, SF);
        Path file = cache().file(TpchTable.CUSTOMER, SF);
        String text = read(file);
        // One hex digit of the first column's checksum, as a flipped bit on disk would change it.
        int at = text.indexOf("column: c_custkey\t");
        int digit = text.indexOf('\n', at) - 1;
        char changed = text.charAt(digit) == '0' ? '1' : '0';
        Files.writeString(file, text.substring(0, digit) + changed + text.substring(digit + 1));

        Lookup lookup = cache().lookup(TpchTable.CUSTOMER, SF);
        assertEquals(Outcome.CORRUPT, lookup.outcome());
        assertEquals("checksum mismatch: the content changed after it was written", lookup.reason());
        assertEquals(expected, lookup.digest());
        assertEquals(2, computed.get());
        assertEquals(text, read(file), "the file is replaced by a correct one");
        assertEquals(Outcome.HIT, cache().lookup(TpchTable.CUSTOMER, SF).outcome());
    }

    @Test
    void truncatedEmptyOrMalformedFilesAreRecomputed() throws IOException {
        TableDigest expected = cache().expected(TpchTable.NATION, SF);
        Path file = cache().file(TpchTable.NATION, SF);
        String text = read(file);
        // A malformed body with a checksum that matches it: the checksum alone is not trusted to parse.
        String malformed = ExpectedDigestCache.HEADER + "\nrows: many\n";
        String[] bad = {text.substring(0, text.length() / 2), "",
                malformed + "sha256: " + ExpectedDigestCache.sha256(malformed) + "\n"};
        for (String content : bad) {
            Files.writeString(file, content);
            Lookup lookup = cache().lookup(TpchTable.NATION, SF);
            assertEquals(Outcome.CORRUPT, lookup.outcome(), content);
            assertEquals(expected, lookup.digest());
        }
        assertEquals(1 + bad.length, computed.get());
    }

    @Test
    void aValidFileForAnotherKeyIsNotTrusted() throws IOException {
        ExpectedDigestCache cache = cache();
        TableDigest orders = cache.expected(TpchTable.ORDERS, SF);
        // Another table's file under customer's name.
        Files.copy(cache.file(TpchTable.ORDERS, SF), cache.file(TpchTable.CUSTOMER, SF));
        Lookup table = cache.lookup(TpchTable.CUSTOMER, SF);
        assertEquals(Outcome.KEY_MISMATCH, table.outcome());
        assertEquals("table orders, expected customer", table.reason());
        assertEquals(inMemory(TpchTable.CUSTOMER), table.digest());
        assertNotEquals(orders, table.digest());

        // Another scale factor's file.
        Files.copy(cache.file(TpchTable.ORDERS, SF), cache.file(TpchTable.ORDERS, 0.02));
        Lookup scaleFactor = cache.lookup(TpchTable.ORDERS, 0.02);
        assertEquals(Outcome.KEY_MISMATCH, scaleFactor.outcome());
        assertEquals("scale factor 0.01, expected 0.02", scaleFactor.reason());
        assertEquals(30_000, scaleFactor.digest().rowCount());

        // An older generator version, with a checksum that holds.
        Path file = cache.file(TpchTable.ORDERS, SF);
        String text = read(file);
        String body = text.substring(0, text.lastIndexOf("sha256: "))
                .replace(ExpectedDigestCache.GENERATOR_VERSION, "io.trino.tpch 1.1; TpchSchemas 1; TableDigest 1");
        Files.writeString(file, body + "sha256: " + ExpectedDigestCache.sha256(body) + "\n");
        Lookup version = cache.lookup(TpchTable.ORDERS, SF);
        assertEquals(Outcome.KEY_MISMATCH, version.outcome());
        assertTrue(version.reason().startsWith("generator 'io.trino.tpch 1.1;"), version.reason());
        assertEquals(orders, version.digest());
        assertEquals(4, computed.get());
    }

    @Test
    void theKeyIgnoresBatchSizesAndReadsTheSameOnAGermanMachine() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertEquals("10", ExpectedDigestCache.scaleFactorText(10.0));
            assertEquals("0.01", ExpectedDigestCache.scaleFactorText(0.01));
            assertEquals("0.000001", ExpectedDigestCache.scaleFactorText(1e-6));
            assertEquals(folder.resolve("lineitem-sf10.digest"), cache().file(TpchTable.LINEITEM, 10));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void theVersionNamesTheTpchLibraryOnTheClassPath() throws IOException {
        Properties pom = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/maven/io.trino.tpch/tpch/pom.properties")) {
            pom.load(in);
        }
        assertTrue(ExpectedDigestCache.GENERATOR_VERSION.startsWith("io.trino.tpch " + pom.getProperty("version") + ";"),
                "bump GENERATOR_VERSION: the tpch library is " + pom.getProperty("version"));
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
