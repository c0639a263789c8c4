package io.unp.examples;

import io.unp.lib.Err;
import io.unp.lib.Launcher;
import io.unp.lib.Stdio;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The launcher behind {@code scripts/unp}: {@code list}, or {@code <dir/program | program> args...}.
 *
 * <p>Programs are found in the {@code programs.tsv} of each directory's package (chapter, key,
 * class, description), so running one loads only that program's class.
 */
public final class Main {
    private Main() {}

    /** One row of the program table. */
    record Program(String chapter, String key, String className, String description) {
        String name() {
            return key.substring(key.indexOf('/') + 1);
        }
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Launcher.run("unp", () -> {
                throw Err.quit("usage: unp list | unp <dir/program | program> [args...]");
            });
            return;
        }
        if (args[0].equals("list")) {
            Launcher.run("unp", Main::list);
            return;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        Launcher.run(args[0], () -> {
            Program p = find(args[0]);
            Method main = Class.forName(p.className()).getMethod("main", String[].class);
            main.invoke(null, (Object) rest);
        });
    }

    private static void list() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Program p : programs()) {
            sb.append(String.format("%-8s %-28s %s%n", p.chapter(), p.key(), p.description()));
        }
        Stdio.printf("%s", sb);
    }

    /**
     * The program for {@code dir/program}, or a bare name that is unique. A {@code dir/program}
     * key reads only its directory's table: every table that is not there costs a search through
     * all the jars on the class path, a few milliseconds of start-up.
     */
    static Program find(String key) throws IOException {
        int slash = key.indexOf('/');
        List<Program> all = slash > 0 ? programsIn(key.substring(0, slash)) : programs();
        List<Program> byName = new ArrayList<>();
        for (Program p : all) {
            if (p.key().equals(key)) {
                return p;
            }
            if (p.name().equals(key)) {
                byName.add(p);
            }
        }
        if (byName.size() == 1) {
            return byName.get(0);
        }
        if (byName.isEmpty()) {
            throw Err.quit("unp: unknown program '%s' (scripts/unp list shows them all)", key);
        }
        List<String> keys = new ArrayList<>();
        byName.forEach(p -> keys.add(p.key()));
        throw Err.quit("unp: '%s' is ambiguous: %s", key, String.join(" ", keys));
    }

    /** The book's directories, in chapter order; each may have a {@code <dir>/programs.tsv}. */
    static final List<String> DIRECTORIES = List.of(
            "intro", "debug", "tcpcliserv", "select", "sockopt", "udpcliserv", "names", "inetd",
            "advio", "unixdomain", "nonblock", "ioctl", "route", "bcast", "mcast", "mysdr", "sntp",
            "ssntp", "rtt", "oob", "sigio", "threads", "ipopts", "icmpd", "ping", "traceroute",
            "udpcksum", "server", "xtiserver", "xtiintro", "xtiudp", "xtiopt", "streams", "xtioob",
            "libgai", "sock", "test");

    /**
     * Every program, read from the {@code programs.tsv} of each directory's package: tab-separated
     * chapter, {@code dir/program}, class name and one-line description.
     */
    static List<Program> programs() throws IOException {
        List<Program> out = new ArrayList<>();
        for (String dir : DIRECTORIES) {
            out.addAll(programsIn(dir));
        }
        return out;
    }

    /** The programs of one book directory (none if it has no table). */
    static List<Program> programsIn(String dir) throws IOException {
        List<Program> out = new ArrayList<>();
        if (!DIRECTORIES.contains(dir)) {
            return out;
        }
        try (InputStream in = Main.class.getResourceAsStream(dir + "/programs.tsv")) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Program(f[0], f[1], f[2], f.length > 3 ? f[3] : ""));
            }
        }
        return out;
    }
}
