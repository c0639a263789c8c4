package io.unp.tests;

import io.unp.testkit.Need;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A line of network namespaces for the chapter 24-26 tests: a client, {@code n} routers and
 * a server, each link its own subnet, IPv4 and IPv6:
 *
 * <pre>
 *   client eth0 --- eth0 r1 eth1 --- eth0 r2 eth1 --- ... --- eth0 server
 *      10.9.1.1     10.9.1.2   10.9.2.1    10.9.2.2   ...      10.9.K.2   (K = n + 1)
 *      fd09:1::1    fd09:1::2  fd09:2::1   fd09:2::2  ...      fd09:K::2
 * </pre>
 *
 * Routers forward both families and send ICMP errors without rate limit (so two traceroutes in
 * a row each see every reply); the client's default route is r1, the server's its neighbour;
 * r1 knows only the subnets of the chain, so 10.9.99.0/24 is an unreachable network. Every
 * address has a name (client, r1, r2, ..., server) in the hosts file of every namespace, and
 * the resolver there points at 127.0.0.1 (no answer, at once), so name lookups never leave.
 * Needs root and iproute2 (see {@link NetNs}).
 */
final class RouterChain implements AutoCloseable {
    final List<NetNs> nodes = new ArrayList<>();
    private final List<Path> etcDirs = new ArrayList<>();
    final int routers;

    private RouterChain(int routers) {
        this.routers = routers;
    }

    /** Builds the chain with {@code routers} routers (at least 0). */
    static RouterChain create(int routers) {
        NetNs.require();
        RouterChain c = new RouterChain(routers);
        try {
            c.build();
        } catch (RuntimeException | Error e) {
            c.close();
            throw e;
        }
        return c;
    }

    NetNs client() {
        return nodes.get(0);
    }

    NetNs router(int i) {
        return nodes.get(i);
    }

    NetNs server() {
        return nodes.get(nodes.size() - 1);
    }

    /** The number of links: routers + 1. */
    int links() {
        return routers + 1;
    }

    /** Address of node {@code node} on link {@code link} (1-based): .1 on its left end, .2 on its right end. */
    static String v4(int link, int end) {
        return "10.9." + link + "." + end;
    }

    static String v6(int link, int end) {
        return "fd09:" + link + "::" + end;
    }

    String name(int node) {
        return node == 0 ? "client" : node == nodes.size() - 1 ? "server" : "r" + node;
    }

    private void build() {
        int count = routers + 2;
        for (int i = 0; i < count; i++) {
            NetNs ns = NetNs.create();
            nodes.add(ns);
            sh(ns, "sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0"
                    + " net.ipv4.icmp_ratelimit=0 net.ipv6.icmp.ratelimit=0");
        }
        for (int k = 1; k <= links(); k++) {
            NetNs left = nodes.get(k - 1);
            NetNs right = nodes.get(k);
            String lname = k == 1 ? "eth0" : "eth1";
            ip("-n", left.name(), "link", "add", lname, "type", "veth", "peer", "name", "eth0", "netns", right.name());
            addr(left, lname, v4(k, 1) + "/24", v6(k, 1) + "/64");
            addr(right, "eth0", v4(k, 2) + "/24", v6(k, 2) + "/64");
        }
        for (int i = 1; i <= routers; i++) {
            NetNs r = nodes.get(i);
            sh(r, "sysctl -qw net.ipv4.ip_forward=1 net.ipv6.conf.all.forwarding=1");
            for (int k = 1; k <= links(); k++) {
                if (k > i + 1) { // right of us: via our right neighbour
                    ip("-n", r.name(), "route", "add", "10.9." + k + ".0/24", "via", v4(i + 1, 2));
                    ip("-n", r.name(), "-6", "route", "add", "fd09:" + k + "::/64", "via", v6(i + 1, 2));
                } else if (k < i) { // left of us: via our left neighbour
                    ip("-n", r.name(), "route", "add", "10.9." + k + ".0/24", "via", v4(i, 1));
                    ip("-n", r.name(), "-6", "route", "add", "fd09:" + k + "::/64", "via", v6(i, 1));
                }
            }
        }
        if (routers > 0) {
            ip("-n", client().name(), "route", "add", "default", "via", v4(1, 2));
            ip("-n", client().name(), "-6", "route", "add", "default", "via", v6(1, 2));
            ip("-n", server().name(), "route", "add", "default", "via", v4(links(), 1));
            ip("-n", server().name(), "-6", "route", "add", "default", "via", v6(links(), 1));
        }
        StringBuilder hosts = new StringBuilder("127.0.0.1 localhost\n::1 localhost\n");
        for (int k = 1; k <= links(); k++) {
            hosts.append(v4(k, 1)).append(' ').append(name(k - 1)).append('\n');
            hosts.append(v6(k, 1)).append(' ').append(name(k - 1)).append('\n');
            hosts.append(v4(k, 2)).append(' ').append(name(k)).append('\n');
            hosts.append(v6(k, 2)).append(' ').append(name(k)).append('\n');
        }
        for (NetNs ns : nodes) {
            Path etc = Path.of("/etc/netns", ns.name());
            etcDirs.add(etc);
            try {
                Files.createDirectories(etc);
                Files.writeString(etc.resolve("hosts"), hosts);
                Files.writeString(etc.resolve("resolv.conf"), "nameserver 127.0.0.1\noptions timeout:1 attempts:1\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void addr(NetNs ns, String dev, String a4, String a6) {
        ip("-n", ns.name(), "addr", "add", a4, "dev", dev);
        ip("-n", ns.name(), "addr", "add", a6, "dev", dev, "nodad");
        ip("-n", ns.name(), "link", "set", dev, "up");
    }

    static void ip(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("ip");
        cmd.addAll(List.of(args));
        Programs.Result r = Programs.runCommand(Duration.ofSeconds(10), null, cmd.toArray(new String[0]));
        if (r.exit() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + ": " + r);
        }
    }

    /** Runs a shell command in {@code ns}; fails on a non-zero exit. */
    static void sh(NetNs ns, String command) {
        Programs.Result r = Programs.runCommand(Duration.ofSeconds(10), null, "ip", "netns", "exec", ns.name(),
                "sh", "-c", command);
        if (r.exit() != 0) {
            throw new IllegalStateException(command + ": " + r);
        }
    }

    /** Sets {@code net.ipv4.conf.*.accept_source_route} (all, default and every interface) in {@code ns}. */
    static void acceptSourceRoute(NetNs ns, boolean on) {
        sh(ns, "for f in /proc/sys/net/ipv4/conf/*/accept_source_route; do echo " + (on ? 1 : 0) + " > $f; done");
    }

    /** The system's libpcap, or a skip naming the package. */
    static void needLibpcap() {
        boolean found = Stream.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib")
                .anyMatch(d -> Files.exists(Path.of(d, "libpcap.so.0.8")));
        Need.that(found, "needs libpcap.so.0.8 (apt-get install libpcap0.8)");
    }

    /** A command on the PATH, or a skip naming its Debian package. */
    static void needCommand(String command, String pkg) {
        Need.that(Need.onPath(command), "needs " + command + " (apt-get install " + pkg + ")");
    }

    @Override
    public void close() {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
        for (Path etc : etcDirs) {
            try (Stream<Path> s = Files.walk(etc)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // best effort
            }
        }
    }
}
