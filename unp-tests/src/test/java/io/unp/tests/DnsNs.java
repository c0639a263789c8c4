package io.unp.tests;

import io.unp.testkit.Need;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A private network namespace with its own DNS server, so that name-resolution tests resolve
 * only names they define, whatever this machine's resolver says, and change nothing outside.
 *
 * <p>dnsmasq runs inside a {@link NetNs} on {@value #NAMESERVER} (loopback of that namespace),
 * answers from the records of a {@link Zone} only ({@code --no-resolv --no-hosts}, and
 * {@code --local=/#/} so any other name is NXDOMAIN instead of "try again"). The namespace has
 * only {@code lo}, with 127.0.0.1/8, {@value #LOCAL_V4}/24, ::1 and {@value #LOCAL_V6}. Programs run in
 * the namespace through {@code ip netns exec}, which bind-mounts the files of
 * {@code /etc/netns/<namespace>/} over {@code /etc/} in a private mount namespace: this class
 * writes a {@code resolv.conf} naming that server, an {@code nsswitch.conf} ({@code hosts:
 * files dns}, {@code networks: files}), a {@code hosts} with only the localhost lines (plus any
 * the zone adds) and a {@code networks} file. {@link #close()} kills dnsmasq and every program,
 * deletes the namespace and the files. Needs root, iproute2 and dnsmasq (Debian package
 * {@code dnsmasq-base}); the test is skipped with a message otherwise (see {@link Need}).
 */
public final class DnsNs implements AutoCloseable {
    /** The address the DNS server listens on, inside the namespace only. */
    public static final String NAMESERVER = "127.0.0.53";
    /**
     * The namespace's own non-loopback addresses, on {@code lo}: with only
     * loopback, getaddrinfo's AI_ADDRCONFIG would find no configured family and answer nothing.
     */
    public static final String LOCAL_V4 = "192.0.2.254";
    public static final String LOCAL_V6 = "2001:db8::fe";
    static final Path DNSMASQ = Path.of("/usr/sbin/dnsmasq");
    private static final Duration SETUP = Duration.ofSeconds(10);

    private final NetNs ns;
    private final Path etc;
    private final Programs.Proc dnsmasq;

    private DnsNs(NetNs ns, Path etc, Programs.Proc dnsmasq) {
        this.ns = ns;
        this.etc = etc;
        this.dnsmasq = dnsmasq;
    }

    /** The names a test defines: records served by dnsmasq and lines of the private files. */
    public static final class Zone {
        private final List<String> options = new ArrayList<>();
        private final List<String> hostsLines = new ArrayList<>(List.of("127.0.0.1\tlocalhost", "::1\tlocalhost"));
        private final List<String> networksLines = new ArrayList<>();
        private final List<String> localAddrs = new ArrayList<>(List.of(LOCAL_V4, LOCAL_V6));

        /** A name with one A or AAAA record per address, and the PTR record of each address. */
        public Zone host(String name, String... addrs) {
            for (String a : addrs) {
                options.add("--host-record=" + name + "," + a);
            }
            return this;
        }

        /** An alias: a CNAME record {@code alias} pointing at {@code target}. */
        public Zone cname(String alias, String target) {
            options.add("--cname=" + alias + "," + target);
            return this;
        }

        /** A name that exists (a TXT record) but has no address: NO_DATA / EAI_NODATA. */
        public Zone noAddress(String name) {
            options.add("--txt-record=" + name + ",no address here");
            return this;
        }

        /** A PTR record only, without the forward record: reverse lookup of {@code addr} gives {@code name}. */
        public Zone ptr(String addr, String name) {
            options.add("--ptr-record=" + reverseName(addr) + "," + name);
            return this;
        }

        /** A line of the namespace's /etc/hosts (after the localhost lines). */
        public Zone hostsLine(String line) {
            hostsLines.add(line);
            return this;
        }

        /** A line of the namespace's /etc/networks (read by getnetbyname). */
        public Zone networksLine(String line) {
            networksLines.add(line);
            return this;
        }

        /**
         * More IPv6 addresses (2001:db8::x) of the namespace, so a server there can be reached at
         * the names that resolve to them. Every 192.0.2.x is local already ({@value #LOCAL_V4}/24).
         */
        public Zone local(String... addrs) {
            localAddrs.addAll(Arrays.asList(addrs));
            return this;
        }
    }

    /** A new, empty zone. */
    public static Zone zone() {
        return new Zone();
    }

    /** The in-addr.arpa or ip6.arpa name of a numeric address. */
    static String reverseName(String addr) {
        try {
            byte[] b = java.net.InetAddress.getByName(addr).getAddress();
            StringBuilder sb = new StringBuilder();
            if (b.length == 4) {
                for (int i = 3; i >= 0; i--) {
                    sb.append(b[i] & 0xff).append('.');
                }
                return sb.append("in-addr.arpa").toString();
            }
            for (int i = 15; i >= 0; i--) {
                sb.append(Character.forDigit(b[i] & 0xf, 16)).append('.');
                sb.append(Character.forDigit((b[i] >> 4) & 0xf, 16)).append('.');
            }
            return sb.append("ip6.arpa").toString();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("not a numeric address: " + addr, e);
        }
    }

    /** Creates the namespace, writes its files, starts dnsmasq with {@code zone} and waits until it answers. */
    public static DnsNs start(Zone zone) {
        NetNs.require(); // first, so that without root every test gives that one reason
        Need.file(DNSMASQ, "dnsmasq-base");
        NetNs ns = NetNs.create();
        Path etc = Path.of("/etc/netns", ns.name());
        try {
            writeFiles(etc, zone);
            addLocalAddresses(ns, zone.localAddrs);
            List<String> cmd = new ArrayList<>(List.of(DNSMASQ.toString(), "--keep-in-foreground", "--no-resolv",
                    "--no-hosts", "--listen-address=" + NAMESERVER, "--bind-interfaces", "--pid-file=",
                    "--local=/#/", "--log-queries", "--log-facility=-"));
            cmd.addAll(zone.options);
            Programs.Proc dnsmasq = ns.startCommand(cmd.toArray(String[]::new));
            ns.awaitListening(dnsmasq, 53, SETUP);
            return new DnsNs(ns, etc, dnsmasq);
        } catch (RuntimeException | Error e) {
            ns.close();
            deleteTree(etc);
            throw e;
        }
    }

    private static void writeFiles(Path etc, Zone zone) {
        try {
            Files.createDirectories(etc);
            Files.writeString(etc.resolve("resolv.conf"),
                    "nameserver " + NAMESERVER + "\noptions timeout:2 attempts:2\n");
            Files.writeString(etc.resolve("nsswitch.conf"),
                    "hosts: files dns\nnetworks: files\nservices: files\nprotocols: files\n");
            Files.writeString(etc.resolve("hosts"), String.join("\n", zone.hostsLines) + "\n");
            Files.writeString(etc.resolve("networks"), String.join("\n", zone.networksLines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts the addresses on {@code lo} (there is no dummy driver in every kernel). An IPv4 /24 on
     * loopback makes the whole prefix local, as 127/8 is: every 192.0.2.x is reachable and
     * refuses a connection where nothing listens. IPv6 addresses are /128; other 2001:db8::
     * addresses are unreachable (ENETUNREACH at once, never a hang).
     */
    private static void addLocalAddresses(NetNs ns, List<String> addrs) {
        for (String a : addrs) {
            if (a.contains(":")) {
                ip(ns, "-6", "addr", "add", a + "/128", "dev", "lo", "nodad");
            } else {
                ip(ns, "addr", "add", a + (a.startsWith("192.0.2.") ? "/24" : "/32"), "dev", "lo");
            }
        }
    }

    private static void ip(NetNs ns, String... args) {
        List<String> cmd = new ArrayList<>(List.of("ip", "-n", ns.name()));
        cmd.addAll(Arrays.asList(args));
        Programs.Result r = Programs.runCommand(SETUP, null, cmd.toArray(String[]::new));
        if (r.exit() != 0) {
            throw new IllegalStateException(cmd + " failed: " + r);
        }
    }

    /** The network namespace, to start servers and clients in it. */
    public NetNs ns() {
        return ns;
    }

    /** Runs a book program in the namespace (its resolver sees only the zone) to completion. */
    public Programs.Result run(Duration timeout, String program, String... args) {
        return ns.run(timeout, null, program, args);
    }

    /** Starts a book program in the namespace. */
    public Programs.Proc start(String program, String... args) {
        return ns.start(program, args);
    }

    /**
     * Runs a book program in the namespace and in a new UTS namespace whose host name is
     * {@code hostname}, so uname/gethostname give a name of the zone.
     */
    public Programs.Result runWithHostname(String hostname, Duration timeout, String program, String... args) {
        List<String> cmd = new ArrayList<>(ns.exec());
        cmd.addAll(List.of("unshare", "--uts", "sh", "-c",
                "printf %s \"$0\" > /proc/sys/kernel/hostname && exec \"$@\"", hostname));
        cmd.addAll(Programs.javaCommand(program));
        cmd.add(program);
        cmd.addAll(Arrays.asList(args));
        try (Programs.Proc p = Programs.Proc.start(cmd, Map.of())) {
            p.writeStdin(null);
            return p.await(timeout);
        }
    }

    /** Runs any command (getent, python3) in the namespace. */
    public Programs.Result runCommand(Duration timeout, String... command) {
        return ns.runCommand(timeout, null, command);
    }

    /** dnsmasq's log so far: one line per query it answered ("query[A] name from ..."). */
    public String log() {
        return dnsmasq.stderrSoFar();
    }

    /** Kills dnsmasq and every program started here, deletes the namespace and its /etc/netns files. */
    @Override
    public void close() {
        try {
            ns.close();
        } finally {
            deleteTree(etc);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
