package io.unp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What this machine offers the tests. */
public final class TestHosts {
    private TestHosts() {}

    /** True if the loopback interface has ::1 (IPv6 may be disabled in a container). */
    public static boolean hasIpv6Loopback() {
        try {
            return Files.readAllLines(Path.of("/proc/net/if_inet6")).stream()
                    .anyMatch(l -> l.startsWith("00000000000000000000000000000001"));
        } catch (IOException e) {
            return false;
        }
    }
}
