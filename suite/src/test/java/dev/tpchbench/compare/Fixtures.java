package dev.tpchbench.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The hand-written results folder in src/test/resources/fixtures/results, copied so tests may write. */
public final class Fixtures {
    public static final String NO_META = "20261118T010000Z_0000aaa_nometa";
    public static final String OTHER_MACHINE = "20261119T010000Z_1111bbb_nightly";
    public static final String BASELINE = "20261120T010000Z_2222ccc_nightly";
    public static final String PHASE_2 = "20261121T010000Z_3333ddd_phase-2";
    public static final String NEWEST = "20261122T010000Z_4444eee_nightly";

    private Fixtures() {
    }

    public static Path copyResults(Path target) {
        try {
            Path source = Path.of(Fixtures.class.getResource("/fixtures/results").toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
