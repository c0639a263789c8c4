package io.unp.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * What a test needs from the machine, and the one rule for when it is missing. Every skip in
 * unp-lib's and unp-tests' tests goes through here.
 *
 * <p>A missing requirement (root, a command, a file a package installs, IPv6 on loopback)
 * skips the test with a message that names it and, where a package brings it, the package;
 * {@link SkipSummary} lists the skipped tests at the end of the run. With
 * {@value #REQUIRE_ALL}{@code =1} in the environment and running as root (what {@code .ci/run}
 * does after installing every package the tests need), there is no excuse left: the test fails
 * instead. {@link #bestEffort} is for the few skips no package or privilege can prevent (a test
 * written for another architecture, a lost race); they never fail.
 *
 * <p>unp-tests uses it too, from unp-lib's test kit jar (the {@code testkit} test-jar).
 */
public final class Need {
    private Need() {}

    /** The environment variable that turns a skip for something missing into a failure, as root. */
    public static final String REQUIRE_ALL = "UNP_REQUIRE_ALL_TESTS";

    /** The Debian package of each command the tests run; one line per command, as in .ci/run. */
    private static final Map<String, String> PACKAGES = Map.of(
            "ip", "iproute2",
            "ps", "procps",
            "python3", "python3",
            "dnsmasq", "dnsmasq-base");

    /** Requires {@code ok}; otherwise skips with {@code reason} (or fails, see {@link #REQUIRE_ALL}). */
    public static void that(boolean ok, String reason) {
        if (ok) {
            return;
        }
        if (requireAll()) {
            throw new AssertionFailedError(reason + " (" + REQUIRE_ALL + "=1 as root: nothing may be skipped)");
        }
        throw new TestAbortedException(reason);
    }

    /**
     * Skips the test unless {@code ok}, even under {@value #REQUIRE_ALL}: for conditions that no
     * package or privilege provides (the test is for another architecture, another test took
     * the resource it needed).
     */
    public static void bestEffort(boolean ok, String reason) {
        if (!ok) {
            throw new TestAbortedException(reason);
        }
    }

    /** Requires an effective user id of 0; {@code forWhat} says what root is needed for. */
    public static void root(String forWhat) {
        that(isRoot(), "needs root (" + forWhat + ")");
    }

    /** Requires {@code name} on the PATH. */
    public static void command(String name) {
        String pkg = PACKAGES.get(name);
        that(onPath(name), "needs " + name + (pkg != null ? " (apt-get install " + pkg + ")" : " on the PATH"));
    }

    /** Requires the file {@code path}, which the Debian package {@code pkg} installs. */
    public static void file(Path path, String pkg) {
        that(Files.exists(path), "needs " + path + " (apt-get install " + pkg + ")");
    }

    /** Requires ::1 on the loopback interface (IPv6 can be disabled, in a container for example). */
    public static void ipv6Loopback() {
        that(hasIpv6Loopback(), "needs IPv6 on loopback (::1; sysctl net.ipv6.conf.lo.disable_ipv6=0)");
    }

    /** True if ::1 is configured (on {@code lo}). */
    public static boolean hasIpv6Loopback() {
        try {
            return Files.readAllLines(Path.of("/proc/net/if_inet6")).stream()
                    .anyMatch(l -> l.startsWith("00000000000000000000000000000001"));
        } catch (IOException e) {
            return false;
        }
    }

    /** True if this process's effective user id is 0. */
    public static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    List<String> ids = List.of(line.substring(4).trim().split("\\s+"));
                    return ids.size() > 1 && ids.get(1).equals("0");
                }
            }
        } catch (IOException e) {
            // no /proc: fall through
        }
        return "root".equals(System.getProperty("user.name"));
    }

    /** True if {@value #REQUIRE_ALL}=1 and this process runs as root: a missing requirement fails. */
    public static boolean requireAll() {
        return "1".equals(System.getenv(REQUIRE_ALL)) && isRoot();
    }

    /** True if an executable {@code name} is in a directory of the PATH. */
    public static boolean onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }
}
