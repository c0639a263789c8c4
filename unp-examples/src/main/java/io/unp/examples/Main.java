package io.unp.examples;

import io.unp.lib.Err;
import io.unp.lib.Exit;
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
 * The launcher behind {@code scripts/unp}: {@code list}, {@code help}, or
 * {@code <dir/program | program> args...}.
 *
 * <p>Programs are found in the {@code programs.tsv} of each directory's package (chapter, key,
 * class, description, and an optional fifth column, the kind: {@code server} for long-running
 * servers, else a client; {@code scripts/unp} reads that column to pick the JVM options), so
 * running one loads only that program's class. The program gets its arguments as the bytes
 * the shell passed ({@link Launcher#cArgs}), one char per byte, as C's {@code argv}.
 */
public final class Main {
    private Main() {}

    /** One row of the program table. */
    record Program(String chapter, String key, String className, String description, String kind) {
        String name() {
            return key.substring(key.indexOf('/') + 1);
        }
    }

    /** The usage line; scripts/unp prints a longer help of its own. */
    static final String USAGE = "usage: unp list | unp help | unp <dir/program | program> [args...]";

    /** Exit status of a launcher misuse (no arguments), as for a usage error of most commands. */
    static final int USAGE_STATUS = 2;

    public static void main(String[] jvmArgs) {
        String[] args = Launcher.cArgs(jvmArgs);
        if (args.length == 0) {
            Launcher.run("unp", () -> {
                Stdio.err(USAGE + "\n");
                throw new Exit(USAGE_STATUS);
            });
            return;
        }
        switch (args[0]) {
            case "list":
                Launcher.run("unp", Main::list);
                return;
            case "help":
            case "-h":
            case "--help":
                Launcher.run("unp", () -> Stdio.printf("%s\n", USAGE));
                return;
            default:
                break;
        }
        Launcher.run(args[0], new RunProgram(args[0], Arrays.copyOfRange(args, 1, args.length)));
    }

    /**
     * The system property by which scripts/unp names a program's class, as {@code dir/program=class}
     * (it has just read that program's row of its programs.tsv for the program's kind): when it
     * names the program being run, the table need not be read again from the jar, which would
     * open and inflate it at every start. Any other program is looked up in the table.
     */
    static final String MAIN_CLASS_PROPERTY = "unp.main";

    /**
     * Runs one program's {@code main}. A class, not a lambda: nothing on a program's start-up path
     * needs the JVM's lambda and method-handle machinery (docs/performance.md).
     */
    private static final class RunProgram implements Launcher.Body {
        private final String key;
        private final String[] rest;

        RunProgram(String key, String[] rest) {
            this.key = key;
            this.rest = rest;
        }

        @Override
        public void run() throws Exception {
            String named = System.getProperty(MAIN_CLASS_PROPERTY, "");
            String className = named.startsWith(key + "=") ? named.substring(key.length() + 1) : find(key).className();
            if (!ProgramIndex.run(className, rest)) { // a program missing from the index: reflection
                Method main = Class.forName(className).getMethod("main", String[].class);
                main.invoke(null, (Object) rest);
            }
        }
    }

    /** The list header; the rows are aligned under it. */
    static final String LIST_FORMAT = "%-8s %-28s %s%n";

    private static void list() throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(LIST_FORMAT, "CHAPTER", "PROGRAM", "DESCRIPTION"));
        for (Program p : programs()) {
            sb.append(String.format(LIST_FORMAT, p.chapter(), p.key(), p.description()));
        }
        // The tables are UTF-8 text, not C strings: written as UTF-8, not one byte per char.
        Stdio.out(sb.toString().getBytes(StandardCharsets.UTF_8));
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
            List<String> near = suggestions(key, programs());
            if (near.isEmpty()) {
                throw Err.quit("unp: unknown program '%s' (scripts/unp list shows them all)", key);
            }
            throw Err.quit("unp: unknown program '%s'; did you mean %s? (scripts/unp list shows them all)", key,
                    String.join(", ", near));
        }
        List<String> keys = new ArrayList<>();
        byName.forEach(p -> keys.add(p.key()));
        throw Err.quit("unp: '%s' is ambiguous: %s", key, String.join(" ", keys));
    }

    /** At most this many suggestions for an unknown name. */
    static final int MAX_SUGGESTIONS = 6;

    /**
     * The keys of the programs closest to the unknown {@code key} (those at the smallest edit
     * distance, in table order, at most {@link #MAX_SUGGESTIONS}): by edit distance (insertions, deletions, substitutions and swaps of two neighbours, one each) to a
     * key ({@code intro/daytimetcpcli}) or, for the part after any slash, to a bare name
     * ({@code daytimetcpcli}, one more when a directory was given, which then was wrong). Within
     * about one edit in five characters, at least one.
     */
    static List<String> suggestions(String key, List<Program> all) {
        String bare = key.substring(key.indexOf('/') + 1);
        int penalty = key.indexOf('/') >= 0 ? 1 : 0;
        List<int[]> scored = new ArrayList<>(); // {distance, index}
        for (int i = 0; i < all.size(); i++) {
            Program p = all.get(i);
            int d = Math.min(distance(key, p.key()), distance(bare, p.name()) + penalty);
            int limit = 1 + Math.max(key.length(), bare.length()) / 5;
            if (d <= limit) {
                scored.add(new int[] {d, i});
            }
        }
        scored.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<String> out = new ArrayList<>();
        for (int[] s : scored) {
            if (out.size() == MAX_SUGGESTIONS || s[0] > scored.get(0)[0]) {
                break;
            }
            out.add(all.get(s[1]).key());
        }
        return out;
    }

    /** Optimal string alignment distance: Levenshtein plus the swap of two adjacent characters. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
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
     * chapter, {@code dir/program}, class name, one-line description and, optionally, the kind
     * ({@code server}; empty for a client).
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
                out.add(new Program(f[0], f[1], f[2], f.length > 3 ? f[3] : "", f.length > 4 ? f[4] : ""));
            }
        }
        return out;
    }
}
