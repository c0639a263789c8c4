package io.unp.tests;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.F_GETFL;
import static io.unp.abi.Constants.O_NONBLOCK;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.ConnectNonb;
import io.unp.net.Inet;
import io.unp.net.SockaddrIn;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls {@code connect_nonb} once and prints what a library user would check, on one line:
 * {@code <result> errno=<errno> <ms> ms fd <state>}, where result is "connected" or the
 * exception's errno name, and state is "closed" or "open nonblock=<bool> restored=<bool>"
 * (the file status flags are those the socket had before). Run in a test's namespace with
 * {@code ip netns exec}: {@code ConnectNonbProbe <IPv4 address> <port> <nsec>}.
 */
public final class ConnectNonbProbe {
    private ConnectNonbProbe() {}

    public static void main(String[] args) {
        int fd = Sys.socket(AF_INET, SOCK_STREAM, 0);
        SockaddrIn sa = new SockaddrIn();
        if (Inet.inetPton(AF_INET, args[0], sa) != 1) {
            throw new IllegalArgumentException(args[0]);
        }
        sa.setPort(Integer.parseInt(args[1]));
        int nsec = Integer.parseInt(args[2]);

        int before = Sys.fcntl(fd, F_GETFL, 0);
        long t0 = System.nanoTime();
        String result;
        try {
            ConnectNonb.connectNonb(fd, sa, nsec);
            result = "connected";
        } catch (ErrnoException e) {
            result = e.errno().name();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String errno = io.unp.abi.Errno.of(Sys.errno()).name();
        String state;
        try {
            int after = Sys.fcntl(fd, F_GETFL, 0);
            state = "open nonblock=" + ((after & O_NONBLOCK) != 0) + " restored=" + (after == before);
        } catch (ErrnoException e) {
            state = "closed";
        }
        System.out.println(result + " errno=" + errno + " " + ms + " ms fd " + state);
        System.out.flush();
    }

    /** The command that runs this probe in a new JVM on the test class path. */
    static List<String> command(String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:+IgnoreUnrecognizedVMOptions",
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", cp, ConnectNonbProbe.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
