package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The test kit ({@code io.unp.testkit}: Need, SkipSummary and its registration) is one set of
 * files kept twice, in unp-lib and in unp-tests, because the two modules share no test code:
 * a change to one copy must be made to the other.
 */
class TestkitCopiesTest {
    private static final List<String> DIRS = List.of("java/io/unp/testkit", "resources/META-INF/services");

    @Test
    void unpLibAndUnpTestsHaveTheSameTestkit() throws IOException {
        Path lib = Programs.root().resolve("unp-lib/src/test");
        Path tests = Programs.root().resolve("unp-tests/src/test");
        for (String dir : DIRS) {
            List<String> names = names(lib.resolve(dir));
            assertEquals(names, names(tests.resolve(dir)), dir + ": the same files in unp-lib and unp-tests");
            for (String name : names) {
                assertEquals(Files.readString(lib.resolve(dir).resolve(name)), Files.readString(tests.resolve(dir).resolve(name)),
                        dir + "/" + name + " differs between unp-lib and unp-tests: copy the changed one over the other");
            }
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
