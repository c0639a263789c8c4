package io.unp.lib;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options a book program runs with, from the one table of them, the resource
 * {@code io/unp/lib/jvm-options} (read by {@code scripts/unp} too; {@code docs/launcher.md}
 * explains each option).
 *
 * <p>Options depend on the Java version (the flags that silence Java 22+'s native-access
 * warnings exist only there) and on the kind of program: a client runs for milliseconds and
 * wants start-up (C1 only), a server runs for hours and wants the full JIT and a small heap.
 * {@link Fork} uses this table when it cannot copy its own JVM's options; a library user who
 * starts programs can use it the same way.
 */
public final class JvmOptions {
    private JvmOptions() {}

    /** The table, as a class-path resource. */
    public static final String RESOURCE = "/io/unp/lib/jvm-options";

    /** The kind of program, the fifth column of a {@code programs.tsv} row. */
    public enum Role {
        /** Runs briefly: start-up matters most. The default. */
        CLIENT,
        /** Runs long: steady-state speed and a small resident set matter most. */
        SERVER;

        /** The role named {@code name} in a table ({@code client}, {@code server}), CLIENT when empty. */
        public static Role of(String name) {
            return name == null || name.isBlank() ? CLIENT : valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * The options for a {@code role} program on Java {@code feature}; with {@code quiet}, also
     * those that keep the JVM silent (scripts/unp leaves them out when {@code UNP_DEBUG=1}).
     */
    public static List<String> of(int feature, Role role, boolean quiet) {
        return rows(feature, role, quiet, false);
    }

    /**
     * The options the table gives a {@link Fork.LightJit} child JVM (its {@code light-child} rows)
     * on Java {@code feature}: only those; the child gets the rest with its parent's options,
     * after these.
     */
    public static List<String> lightChild(int feature) {
        return rows(feature, null, false, true);
    }

    /** The options of the rows for Java {@code feature} and {@code role}, or only the {@code light-child} rows. */
    private static List<String> rows(int feature, Role role, boolean quiet, boolean lightChild) {
        List<String> out = new ArrayList<>();
        try (InputStream in = JvmOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 3 || f[0].startsWith("#")) {
                    continue;
                }
                if (inRange(feature, f[0]) && (lightChild ? f[1].equals("light-child") : appliesTo(f[1], role, quiet))) {
                    out.add(f[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The options for a {@code role} program on the Java running this code, quiet unless {@code UNP_DEBUG=1}. */
    public static List<String> forThisJvm(Role role) {
        return of(Runtime.version().feature(), role, !"1".equals(System.getenv("UNP_DEBUG")));
    }

    /** {@code 17-}, {@code 17-24} or {@code 25}: does {@code feature} fall in it. */
    static boolean inRange(int feature, String range) {
        int dash = range.indexOf('-');
        String lo = dash < 0 ? range : range.substring(0, dash);
        String hi = dash < 0 ? range : range.substring(dash + 1);
        return feature >= Integer.parseInt(lo) && (hi.isEmpty() || feature <= Integer.parseInt(hi));
    }

    private static boolean appliesTo(String who, Role role, boolean quiet) {
        switch (who) {
            case "all":
                return true;
            case "quiet":
                return quiet;
            default:
                return who.equalsIgnoreCase(role.name());
        }
    }
}
