package io.unp.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A process's arguments as {@code ps -o args} shows them, read from {@code /proc/<pid>/cmdline}. */
final class ProcCmdline {
    private ProcCmdline() {}

    /**
     * The arguments of {@code pid}, program first, one char per byte (a path may hold any byte).
     *
     * @throws IOException when the process is gone
     */
    static List<String> of(long pid) throws IOException {
        byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
        return List.of(new String(raw, StandardCharsets.ISO_8859_1).split("\0"));
    }

    /** {@link #of}, or an empty list when the process is gone. */
    static List<String> orEmpty(long pid) {
        try {
            return of(pid);
        } catch (IOException e) {
            return List.of();
        }
    }
}
