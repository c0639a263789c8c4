package io.unp.abi;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every hand-laid size and offset ({@link Layouts}), every constant ({@link Constants}) and every
 * error number ({@link Errno}) against the real glibc and kernel headers of Linux x86_64 and
 * aarch64.
 *
 * <p>The values are derived without running anything built for the target: a generated C file
 * holds them all in one {@code const long} array in a section of its own; it is compiled to an
 * object file ({@code -c}) with the target's compiler ({@code gcc} or
 * {@code x86_64-linux-gnu-gcc}, and {@code aarch64-linux-gnu-gcc} from the Debian package
 * {@code gcc-aarch64-linux-gnu}), and the test reads the array back out of the ELF section. Each
 * constant is guarded by {@code #ifdef}, so a Java name the headers lack is reported as such
 * rather than breaking the compile; names that are not C macros on purpose are listed in
 * {@link #NOT_IN_HEADERS} with the reason.
 *
 * <p>A missing compiler skips that architecture with the reason printed, unless
 * {@code UNP_REQUIRE_ALL_TESTS=1} (CI as root), where it fails. All mismatches of one
 * architecture are reported in one message.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AbiHeadersTest {

    /**
     * Java constants that are not C macros of the system headers, with the reason. A name here
     * that the headers do define is reported, so the list cannot go stale.
     */
    static final Map<String, String> NOT_IN_HEADERS = Map.of(
            "SIGRTMIN_GLIBC", "glibc's SIGRTMIN is a function call (__libc_current_sigrtmin()), 34 at run time, not a constant",
            "INFTIM", "the book's unp.h defines it; Linux's poll.h does not");

    /**
     * Java constants whose C names are enumerators, not macros (rtnetlink's attribute, table and
     * route-type numbers): {@code #ifdef} cannot see them, so they are compiled as plain
     * expressions, and a name the headers lack fails the compile instead of being reported.
     */
    static final Set<String> ENUMERATORS = Set.of(
            "IFLA_ADDRESS", "IFLA_BROADCAST", "IFLA_IFNAME", "IFLA_MTU",
            "IFA_ADDRESS", "IFA_LOCAL", "IFA_LABEL", "IFA_BROADCAST",
            "RTA_DST", "RTA_SRC", "RTA_IIF", "RTA_OIF", "RTA_GATEWAY", "RTA_PRIORITY", "RTA_PREFSRC", "RTA_TABLE",
            "RT_TABLE_UNSPEC", "RT_TABLE_MAIN", "RT_TABLE_LOCAL",
            "RTN_UNICAST", "RTN_LOCAL", "RTN_BROADCAST", "RTN_UNREACHABLE");

    /** Headers every probe includes, before those named by {@link Layouts#entries()}. */
    static final List<String> HEADERS = List.of(
            "stddef.h", "stdint.h", "unistd.h", "errno.h", "fcntl.h", "signal.h", "poll.h", "time.h",
            "sys/types.h", "sys/socket.h", "sys/select.h", "sys/time.h", "sys/resource.h", "sys/wait.h",
            "sys/stat.h", "sys/un.h", "sys/uio.h", "sys/utsname.h", "sys/ioctl.h", "sys/mman.h", "spawn.h", "net/if.h", "syslog.h",
            "netinet/in.h", "netinet/ip.h", "netinet/tcp.h", "netinet/icmp6.h", "arpa/inet.h", "netdb.h");

    /** A target: its name, the compilers that may build for it, and its ELF machine number. */
    enum Target {
        X86_64(Arch.X86_64, "x86_64", 62,
                "gcc on an x86_64 host, or x86_64-linux-gnu-gcc from the Debian package gcc-x86-64-linux-gnu",
                "x86_64-linux-gnu-gcc", "gcc"),
        AARCH64(Arch.AARCH64, "aarch64", 183, "aarch64-linux-gnu-gcc from the Debian package gcc-aarch64-linux-gnu, or gcc on an aarch64 host",
                "aarch64-linux-gnu-gcc", "gcc");

        final Arch arch;
        final String triplePrefix;
        final int elfMachine;
        final String howToGet;
        final List<String> compilers;

        Target(Arch arch, String triplePrefix, int elfMachine, String howToGet, String... compilers) {
            this.arch = arch;
            this.triplePrefix = triplePrefix;
            this.elfMachine = elfMachine;
            this.howToGet = howToGet;
            this.compilers = List.of(compilers);
        }
    }

    /** One value to check: how the report names it, its C expression, whether it is a macro to #ifdef. */
    record Item(String name, String cExpression, String macro, long x86_64, long aarch64, boolean int32,
            boolean expectAbsent) {
        Item(String name, String cExpression, String macro, long x86_64, long aarch64, boolean int32) {
            this(name, cExpression, macro, x86_64, aarch64, int32, false);
        }

        long expected(Arch arch) {
            return arch == Arch.AARCH64 ? aarch64 : x86_64;
        }
    }

    /** What the compiler said: per item, whether it was defined and its value; and the names errno.h defines. */
    record Probe(List<Boolean> present, List<Long> values, Set<String> errnoMacros) {}

    static List<Item> items() throws IllegalAccessException {
        List<Item> items = new ArrayList<>();
        for (Layouts.Entry e : Layouts.entries()) {
            items.add(new Item(e.cExpression() + " [" + e.header() + "]", e.cExpression(), null, e.x86_64(),
                    e.aarch64(), false));
        }
        Map<String, int[]> perArch = Constants.perArchValues();
        for (Field f : Constants.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (!Modifier.isPublic(m) || !Modifier.isStatic(m) || !Modifier.isFinal(m)) {
                continue;
            }
            String name = f.getName();
            if (NOT_IN_HEADERS.containsKey(name)) {
                items.add(new Item(name, name, name, 0, 0, false, true));
                continue;
            }
            if (f.getType() == int.class) {
                int[] both = perArch.get(name);
                long x86 = both != null ? both[0] : f.getInt(null);
                long arm = both != null ? both[1] : f.getInt(null);
                items.add(new Item(name, name, ENUMERATORS.contains(name) ? null : name, x86, arm, true));
            } else if (f.getType() == long.class) {
                long v = f.getLong(null);
                items.add(new Item(name, name, name, v, v, false));
            }
        }
        for (Errno e : Errno.values()) {
            if (e != Errno.UNKNOWN) {
                items.add(new Item("Errno." + e.name(), e.name(), e.name(), e.code(), e.code(), true));
            }
        }
        for (Field f : Errno.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (f.getType() == Errno.class && !f.isEnumConstant() && Modifier.isPublic(m) && Modifier.isStatic(m)) {
                Errno alias = (Errno) f.get(null);
                items.add(new Item("Errno." + f.getName(), f.getName(), f.getName(), alias.code(), alias.code(), true));
            }
        }
        return items;
    }

    static String cSource(List<Item> items) {
        Set<String> headers = new LinkedHashSet<>(HEADERS);
        for (Layouts.Entry e : Layouts.entries()) {
            headers.add(e.header());
        }
        StringBuilder c = new StringBuilder("/* generated by AbiHeadersTest: {defined?, value} per item */\n");
        c.append("#define _GNU_SOURCE 1\n");
        for (String h : headers) {
            c.append("#include <").append(h).append(">\n");
        }
        c.append("__attribute__((used, section(\".unpabi\"))) const long unp_abi_values[] = {\n");
        for (Item it : items) {
            if (it.expectAbsent()) {
                c.append("#ifdef ").append(it.macro()).append("\n    1, 0,\n#else\n    0, 0,\n#endif\n");
            } else if (it.macro() == null) {
                c.append("    1, (long) (").append(it.cExpression()).append("),\n");
            } else {
                c.append("#ifdef ").append(it.macro()).append('\n');
                c.append("    1, (long) (").append(it.macro()).append("),\n");
                c.append("#else\n    0, 0,\n#endif\n");
            }
        }
        c.append("    0x0123456789abcdefL\n};\n");
        return c.toString();
    }

    /** The first compiler that builds for {@code t}, or null. */
    static String compilerFor(Target t) {
        for (String cc : t.compilers) {
            try {
                Run r = run(List.of(cc, "-dumpmachine"), null);
                if (r.status == 0 && r.out.trim().startsWith(t.triplePrefix + "-")) {
                    return cc;
                }
            } catch (IOException e) {
                // not installed: try the next name
            }
        }
        return null;
    }

    record Run(int status, String out, String err) {}

    static Run run(List<String> command, Path dir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        Process p = pb.start();
        p.getOutputStream().close();
        try {
            // small outputs; read stderr on a thread so neither pipe can fill
            var err = new java.util.concurrent.CompletableFuture<String>();
            Thread t = new Thread(() -> {
                try {
                    err.complete(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    err.complete("");
                }
            });
            t.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(50, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish in 50 s");
            }
            t.join();
            return new Run(p.exitValue(), out, err.get());
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            p.destroyForcibly();
            throw new IOException(e);
        }
    }

    static Probe probe(Target t, String cc, List<Item> items) throws IOException {
        Path dir = Files.createTempDirectory("unp-abi-");
        try {
            Path src = dir.resolve("probe.c");
            Files.writeString(src, cSource(items));
            Run compile = run(List.of(cc, "-c", "-O0", "-o", "probe.o", "probe.c"), dir);
            if (compile.status != 0) {
                fail(t.triplePrefix + ": " + cc + " could not compile the probe (" + src + "):\n" + compile.err);
            }
            byte[] section = elfSection(Files.readAllBytes(dir.resolve("probe.o")), ".unpabi", t);
            ByteBuffer b = ByteBuffer.wrap(section).order(ByteOrder.LITTLE_ENDIAN);
            List<Boolean> present = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                present.add(b.getLong() != 0);
                values.add(b.getLong());
            }
            if (b.remaining() != 8 || b.getLong() != 0x0123456789abcdefL) {
                fail(t.triplePrefix + ": the probe's array is not laid out as generated (" + section.length + " bytes)");
            }
            Files.writeString(dir.resolve("errno.c"), "#define _GNU_SOURCE 1\n#include <errno.h>\n");
            Run macros = run(List.of(cc, "-E", "-dM", "errno.c"), dir);
            if (macros.status != 0) {
                fail(t.triplePrefix + ": " + cc + " -E -dM failed:\n" + macros.err);
            }
            Set<String> errnoMacros = new TreeSet<>();
            Matcher m = Pattern.compile("(?m)^#define (E[A-Z0-9]+) (\\d+|E[A-Z0-9]+)$").matcher(macros.out);
            while (m.find()) {
                errnoMacros.add(m.group(1));
            }
            return new Probe(present, values, errnoMacros);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The contents of section {@code name} of an ELF64 little-endian relocatable object for {@code t}. */
    static byte[] elfSection(byte[] elf, String name, Target t) {
        ByteBuffer b = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != 0x464c457f || elf[4] != 2 || elf[5] != 1) {
            fail(t.triplePrefix + ": the probe object is not a 64-bit little-endian ELF file");
        }
        int machine = Short.toUnsignedInt(b.getShort(18));
        if (machine != t.elfMachine) {
            fail(t.triplePrefix + ": the probe object is for ELF machine " + machine + ", not " + t.elfMachine);
        }
        long shoff = b.getLong(0x28);
        int shentsize = Short.toUnsignedInt(b.getShort(0x3a));
        int shnum = Short.toUnsignedInt(b.getShort(0x3c));
        int shstrndx = Short.toUnsignedInt(b.getShort(0x3e));
        long strtab = b.getLong((int) (shoff + (long) shstrndx * shentsize + 24));
        for (int i = 0; i < shnum; i++) {
            int sh = (int) (shoff + (long) i * shentsize);
            int nameOff = (int) (strtab + b.getInt(sh));
            int end = nameOff;
            while (elf[end] != 0) {
                end++;
            }
            if (new String(elf, nameOff, end - nameOff, StandardCharsets.US_ASCII).equals(name)) {
                int offset = (int) b.getLong(sh + 24);
                int size = (int) b.getLong(sh + 32);
                byte[] out = new byte[size];
                System.arraycopy(elf, offset, out, 0, size);
                return out;
            }
        }
        fail(t.triplePrefix + ": the probe object has no section " + name);
        return null;
    }

    /** Java's value agrees with C's: equal, or a 32-bit Java int equal to an unsigned 32-bit C value. */
    static boolean agrees(Item it, long expected, long actual) {
        return expected == actual || (it.int32() && actual >= 0 && actual <= 0xffffffffL && (int) actual == (int) expected);
    }

    void check(Target t) throws Exception {
        String cc = compilerFor(t);
        if (cc == null) {
            String why = "no C compiler for " + t.triplePrefix + " (" + t.howToGet
                    + "): the layouts and constants were not checked against its headers";
            if ("1".equals(System.getenv("UNP_REQUIRE_ALL_TESTS"))) {
                fail(why + ", and UNP_REQUIRE_ALL_TESTS=1");
            }
            System.out.println("AbiHeadersTest: skipped, " + why);
            assumeTrue(false, why);
        }
        List<Item> items = items();
        Probe probe = probe(t, cc, items);
        int width = items.stream().mapToInt(it -> it.name().length()).max().orElse(0);
        String col = "%-" + width + "s";
        List<String> problems = new ArrayList<>();
        Set<String> inErrno = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.name().startsWith("Errno.")) {
                inErrno.add(it.cExpression());
            }
            long want = it.expected(t.arch);
            if (it.expectAbsent()) {
                if (probe.present().get(i)) {
                    problems.add(String.format(col + "  listed in NOT_IN_HEADERS, but the headers define it", it.name()));
                }
            } else if (!probe.present().get(i)) {
                problems.add(String.format(col + "  java %-10d headers: not in headers", it.name(), want));
            } else if (!agrees(it, want, probe.values().get(i))) {
                problems.add(String.format(col + "  java %-10d headers %d", it.name(), want, probe.values().get(i)));
            }
        }
        for (String e : probe.errnoMacros()) {
            if (!inErrno.contains(e)) {
                problems.add(String.format(col + "  errno.h defines it; Errno lacks it", "Errno." + e));
            }
        }
        for (Map.Entry<String, int[]> e : Constants.perArchValues().entrySet()) {
            if (e.getValue()[0] == e.getValue()[1]) {
                problems.add(String.format(col + "  declared perArch with the same value %d on both", e.getKey(),
                        e.getValue()[0]));
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " mismatch(es) on " + t.triplePrefix + " (" + cc + "), of " + items.size()
                    + " values:\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    void x86_64HeadersAgree() throws Exception {
        check(Target.X86_64);
    }

    @Test
    void aarch64HeadersAgree() throws Exception {
        check(Target.AARCH64);
    }

    /** Without a compiler: the declarations are consistent with each other and with Arch.CURRENT. */
    @Test
    void perArchDeclarationsMatchTheFields() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Field f : Constants.class.getDeclaredFields()) {
            fields.put(f.getName(), f);
        }
        for (Map.Entry<String, int[]> e : Constants.perArchValues().entrySet()) {
            Field f = fields.get(e.getKey());
            if (f == null || !Modifier.isPublic(f.getModifiers()) || f.getType() != int.class) {
                problems.add(e.getKey() + ": perArch name without a public int field of that name");
            } else if (f.getInt(null) != Arch.CURRENT.pick(e.getValue()[0], e.getValue()[1])) {
                problems.add(e.getKey() + ": field " + f.getInt(null) + " is not the " + Arch.CURRENT + " value");
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }
}
