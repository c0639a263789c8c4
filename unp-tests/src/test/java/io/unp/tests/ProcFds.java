package io.unp.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What a process's descriptors point at, read from {@code /proc/<pid>/fd}. */
final class ProcFds {
    private ProcFds() {}

    /**
     * The targets of {@code pid}'s descriptors ({@code socket:[1234]}, {@code /dev/null}, a
     * path...), {@code "self"} for this process; a descriptor closed while they are read is left out.
     *
     * @throws IOException when the process is gone or its descriptors cannot be listed
     */
    static List<String> links(String pid) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", pid, "fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    out.add(Files.readSymbolicLink(fd).toString());
                } catch (IOException e) {
                    // closed meanwhile (the listing's own descriptor among them)
                }
            }
        }
        return out;
    }

    /** {@link #links(String)} of a process by number. */
    static List<String> links(long pid) throws IOException {
        return links(Long.toString(pid));
    }
}
