package io.unp.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The book's C programs, built outside the repository, for tests that compare the port with
 * them: set {@code UNP_C_ORIGINALS} (or the system property {@code unp.c.originals}) to the
 * top of a built unpv12e tree (it holds {@code oob/tcprecv01} ...). Without it those
 * comparisons are left out and the tests check the Linux behaviour they pin on their own.
 */
final class COriginals {
    private COriginals() {}

    /** The tree, or null when none is configured or it lacks {@code program}. */
    static Path program(String program) {
        String dir = System.getProperty("unp.c.originals", System.getenv("UNP_C_ORIGINALS"));
        if (dir == null || dir.isEmpty()) {
            return null;
        }
        Path p = Path.of(dir, program);
        return Files.isExecutable(p) ? p : null;
    }

    /** Starts the C {@code program} (which must exist) with {@code args} in {@code ns}. */
    static Programs.Proc start(NetNs ns, String program, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(program(program).toString());
        cmd.addAll(Arrays.asList(args));
        return ns.startCommand(cmd.toArray(new String[0]));
    }
}
