package io.unp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of unp-lib, bottom to top, and what each may use (docs/architecture.md):
 *
 * <pre>
 *   io.unp.abi       constants, errno, struct layouts, C value types   pure Java, uses nothing of ours
 *   io.unp.net       addresses and socket-option values               pure Java, uses abi
 *   io.unp.sys.ffi   the fence: the only native code                   uses abi, net
 *   io.unp.sys       one method per libc call, ErrnoException          uses abi, net, sys.ffi
 *   io.unp.lib(.gai) the book's library                                uses abi, net, sys, never sys.ffi
 * </pre>
 *
 * Checked on the compiled classes' constant pools (every type a class names, however it is
 * written in the source), so no cycle can come back through a fully-qualified name. The
 * examples, tests and docs/example are checked on their sources: they never name sys.ffi.
 */
class LayersTest {
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "io/unp/abi", Set.of("io/unp/abi"),
            "io/unp/net", Set.of("io/unp/abi", "io/unp/net"),
            "io/unp/sys/ffi", Set.of("io/unp/abi", "io/unp/net", "io/unp/sys/ffi"),
            "io/unp/sys", Set.of("io/unp/abi", "io/unp/net", "io/unp/sys/ffi", "io/unp/sys"),
            "io/unp/lib", Set.of("io/unp/abi", "io/unp/net", "io/unp/sys", "io/unp/lib", "io/unp/lib/gai"),
            "io/unp/lib/gai", Set.of("io/unp/abi", "io/unp/net", "io/unp/sys", "io/unp/lib", "io/unp/lib/gai"));

    private static final Pattern UNP_TYPES = Pattern.compile("(?:^|L|\\[)(io/unp/[\\w/$]+)");

    private static String packageOf(String internalName) {
        return internalName.substring(0, internalName.lastIndexOf('/'));
    }

    @Test
    void eachPackageUsesOnlyTheLayersBelowIt() throws IOException {
        Path classes = FenceTest.repoRoot().resolve("unp-lib/target/classes");
        List<String> violations = new ArrayList<>();
        Set<String> packagesSeen = new TreeSet<>();
        for (Path f : classFiles(classes)) {
            String name = classes.relativize(f).toString().replace('\\', '/').replaceAll("\\.class$", "");
            String pkg = packageOf(name);
            packagesSeen.add(pkg);
            Set<String> allowed = ALLOWED.get(pkg);
            if (allowed == null) {
                violations.add(pkg + ": a package with no place in the layers (add it to LayersTest and docs/architecture.md)");
                continue;
            }
            for (String ref : FenceTest.typeReferences(f, UNP_TYPES)) {
                if (!allowed.contains(packageOf(ref))) {
                    violations.add(name + " -> " + ref);
                }
            }
        }
        assertEquals(ALLOWED.keySet(), packagesSeen, "every layer should have classes, and no other package");
        assertEquals(List.of(), violations, "a layer reaches above itself, or into sys.ffi from lib");
    }

    @Test
    void theLayerCheckSeesReferences() throws IOException {
        Path classes = FenceTest.repoRoot().resolve("unp-lib/target/classes");
        Set<String> refs = FenceTest.typeReferences(classes.resolve("io/unp/sys/Sys.class"), UNP_TYPES);
        assertTrue(refs.contains("io/unp/sys/ffi/LibC") && refs.contains("io/unp/net/SockAddr"), refs.toString());
    }

    /** One libc loader: only Jffi opens a native library, and nothing uses jnr-ffi's loader. */
    @Test
    void onlyOneClassOpensANativeLibrary() throws IOException {
        Path classes = FenceTest.repoRoot().resolve("unp-lib/target/classes");
        Pattern loaders = Pattern.compile("(?:^|L|\\[)(com/kenai/jffi/Library|jnr/ffi/LibraryLoader|jnr/posix/POSIXFactory"
                + "|java/lang/foreign/SymbolLookup)\\b");
        List<String> openers = new ArrayList<>();
        for (Path f : classFiles(classes)) {
            if (!FenceTest.typeReferences(f, loaders).isEmpty()) {
                openers.add(classes.relativize(f).toString().replace('\\', '/'));
            }
        }
        assertEquals(List.of("io/unp/sys/ffi/Jffi.class"), openers);
    }

    @Test
    void examplesTestsAndTheOutsideProjectNeverNameTheFence() throws IOException {
        Path root = FenceTest.repoRoot();
        Pattern ffi = Pattern.compile("\\bio\\s*\\.\\s*unp\\s*\\.\\s*sys\\s*\\.\\s*ffi\\b");
        List<String> violations = new ArrayList<>();
        int scanned = 0;
        for (String dir : List.of("unp-examples/src", "unp-tests/src", "docs/example/src", "unp-lib/src/main/java/io/unp/lib")) {
            Path src = root.resolve(dir);
            if (!Files.isDirectory(src)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(src)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
                    scanned++;
                    String code = FenceTest.stripCommentsAndLiterals(Files.readString(f, StandardCharsets.UTF_8));
                    Matcher m = ffi.matcher(code);
                    if (m.find()) {
                        violations.add(root.relativize(f).toString());
                    }
                }
            }
        }
        assertTrue(scanned > 100, "scanned only " + scanned + " sources");
        assertEquals(List.of(), violations, "only io.unp.sys may use io.unp.sys.ffi");
    }

    private static List<Path> classFiles(Path classes) throws IOException {
        try (Stream<Path> s = Files.walk(classes)) {
            return s.filter(p -> p.toString().endsWith(".class")).sorted().collect(Collectors.toList());
        }
    }
}
