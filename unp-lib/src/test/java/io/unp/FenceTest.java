package io.unp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fence: only {@code io.unp.sys.ffi} may use native access: jnr (jnr-ffi, jnr-posix,
 * jnr-unixsocket, jnr-constants), its {@code com.kenai.jffi} stub, or {@code java.lang.foreign}. Every other class of unp-lib,
 * unp-examples and unp-tests reaches native code through {@code io.unp.sys.Sys}.
 *
 * <p>Sources are checked with comments and string literals removed (a JVM flag such as
 * {@code -Djnr.ffi.asm.enabled=false} is not a use); unp-lib's compiled classes are checked
 * through their constant pools (class names and descriptors, not string constants).
 */
class FenceTest {
    private static final Pattern JNR_USE = Pattern.compile(
            "\\b(jnr|com\\s*\\.\\s*kenai|java\\s*\\.\\s*lang\\s*\\.\\s*foreign)\\s*\\.\\s*[A-Za-z_]");
    private static final String FFI_SOURCES = "unp-lib/src/main/java/io/unp/sys/ffi/";
    private static final List<String> MODULES = List.of("unp-lib", "unp-examples", "unp-tests");

    /** The directory holding unp-lib, unp-examples and unp-tests: Maven runs us in unp-lib. */
    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("unp-lib/pom.xml")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                return d;
            }
        }
        throw new AssertionError("no repository root (a directory with unp-lib/pom.xml) above " + dir);
    }

    @Test
    void noSourceOutsideTheFfiPackageUsesJnr() throws IOException {
        Path root = repoRoot();
        List<String> violations = new ArrayList<>();
        int scanned = 0;
        int insideFence = 0;
        for (String module : MODULES) {
            Path src = root.resolve(module).resolve("src");
            if (!Files.isDirectory(src)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(src)) {
                files = s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
            }
            for (Path f : files) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                List<String> uses = jnrUses(Files.readString(f, StandardCharsets.UTF_8));
                scanned++;
                if (rel.startsWith(FFI_SOURCES)) {
                    insideFence += uses.isEmpty() ? 0 : 1;
                } else {
                    for (String use : uses) {
                        violations.add(rel + ": " + use);
                    }
                }
            }
        }
        assertTrue(scanned > 30, "scanned only " + scanned + " sources under " + root);
        assertTrue(insideFence > 0, "the scan found no jnr use even inside " + FFI_SOURCES + ": it is not working");
        assertEquals(List.of(), violations, "jnr is used outside io.unp.sys.ffi; go through io.unp.sys.Sys instead");
    }

    @Test
    void noCompiledUnpLibClassOutsideTheFfiPackageReferencesJnr() throws IOException {
        Path classes = repoRoot().resolve("unp-lib/target/classes");
        List<String> violations = new ArrayList<>();
        int insideFence = 0;
        List<Path> files;
        try (Stream<Path> s = Files.walk(classes)) {
            files = s.filter(p -> p.toString().endsWith(".class")).sorted().collect(Collectors.toList());
        }
        for (Path f : files) {
            String rel = classes.relativize(f).toString().replace('\\', '/');
            Set<String> refs = jnrTypeReferences(f);
            if (rel.startsWith("io/unp/sys/ffi/")) {
                insideFence += refs.isEmpty() ? 0 : 1;
            } else if (!refs.isEmpty()) {
                violations.add(rel + " -> " + refs);
            }
        }
        assertTrue(files.size() > 20, "found only " + files.size() + " classes in " + classes);
        assertTrue(insideFence > 0, "no jnr reference found even in io/unp/sys/ffi: the check is not working");
        assertEquals(List.of(), violations);
    }

    @Test
    void theSourceScanIgnoresCommentsAndStringsButNotCode() {
        assertEquals(List.of(), jnrUses("// import jnr.ffi.Pointer;\n/* jnr.posix */ String s = \"-Djnr.ffi.asm.enabled=false\";"
                + " char c = '\"'; String t = \"\\\" jnr.x\";"));
        assertEquals(1, jnrUses("import jnr.ffi.Pointer;").size());
        assertEquals(1, jnrUses("String s = \"a\"; jnr.posix.POSIX p = null;").size());
        assertEquals(1, jnrUses("import com.kenai.jffi.Library;").size());
        assertEquals(1, jnrUses("String s = \"\"\"\n  jnr.x \"\n  \"\"\"; Object o = jnr . ffi.Runtime.getSystemRuntime();").size());
    }

    /** The jnr uses in Java source text, comments and string/char literals removed. */
    static List<String> jnrUses(String source) {
        String code = stripCommentsAndLiterals(source);
        List<String> uses = new ArrayList<>();
        Matcher m = JNR_USE.matcher(code);
        while (m.find()) {
            int lineStart = code.lastIndexOf('\n', m.start()) + 1;
            int lineEnd = code.indexOf('\n', m.start());
            int line = (int) code.substring(0, m.start()).chars().filter(ch -> ch == '\n').count() + 1;
            uses.add("line " + line + ": " + code.substring(lineStart, lineEnd < 0 ? code.length() : lineEnd).trim());
        }
        return uses;
    }

    /** Blanks out comments and string, text-block and char literals, keeping line breaks. */
    static String stripCommentsAndLiterals(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                keepNewlines(s, i, end, out);
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                while (end > 0 && s.charAt(end - 1) == '\\') {
                    end = s.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end + 3;
                keepNewlines(s, i, end, out);
                out.append("\"\"");
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(c).append(c);
                i = Math.min(j + 1, n);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void keepNewlines(String s, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                out.append('\n');
            }
        }
    }

    /**
     * Class names in a class file's constant pool that belong to jnr: class entries and the
     * descriptors and signatures that name types, but not string constants.
     */
    static Set<String> jnrTypeReferences(Path classFile) throws IOException {
        return typeReferences(classFile, NATIVE_TYPES);
    }

    /** Native-access packages: jnr, jffi and the JDK's foreign function API. */
    static final Pattern NATIVE_TYPES = Pattern.compile("(?:^|L|\\[)((?:jnr|com/kenai|java/lang/foreign)/[\\w/$]+)");

    /**
     * Type names in a class file's constant pool matching group 1 of {@code type}: class entries
     * and the descriptors and signatures that name types, but not string constants.
     */
    static Set<String> typeReferences(Path classFile, Pattern type) throws IOException {
        try (InputStream raw = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(raw)) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException("not a class file: " + classFile);
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            Set<Integer> stringConstants = new HashSet<>();
            for (int k = 1; k < count; k++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1:
                        utf8[k] = in.readUTF();
                        break;
                    case 3: case 4:
                        in.readInt();
                        break;
                    case 5: case 6:
                        in.readLong();
                        k++;
                        break;
                    case 8:
                        stringConstants.add(in.readUnsignedShort());
                        break;
                    case 7: case 16: case 19: case 20:
                        in.readUnsignedShort();
                        break;
                    case 9: case 10: case 11: case 12: case 17: case 18:
                        in.readInt();
                        break;
                    case 15:
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                        break;
                    default:
                        throw new IOException("unknown constant pool tag " + tag + " in " + classFile);
                }
            }
            Set<String> refs = new HashSet<>();
            for (int k = 1; k < count; k++) {
                if (utf8[k] == null || stringConstants.contains(k)) {
                    continue;
                }
                Matcher m = type.matcher(utf8[k]);
                while (m.find()) {
                    refs.add(m.group(1));
                }
            }
            return refs;
        }
    }
}
