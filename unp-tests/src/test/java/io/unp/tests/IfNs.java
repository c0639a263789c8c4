package io.unp.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link NetNs} with interfaces for the chapter 16 and 17 lessons, built as root, whose
 * programs then run as the unprivileged user {@code nobody} ({@code setpriv}), to show that
 * reading interfaces, ARP entries and routes needs no privilege:
 *
 * <ul>
 *   <li>{@code lo} (127.0.0.1, ::1);
 *   <li>a veth pair: {@code veth0} (MTU 1400) with 10.0.0.1/24 and a broadcast address, a
 *       secondary address 10.0.1.1/16, an alias 10.0.0.5/24 labelled {@code veth0:1}, and
 *       2001:db8::1/64; its peer {@code veth1} with 10.0.0.2/24 and no broadcast address;
 *   <li>{@code dum0}, a dummy interface (an empty bridge where the kernel has no dummy driver)
 *       with the hardware address {@link #DUMMY_MAC} and 10.9.1.1/24;
 *   <li>{@code vdown0}, a veth that stays down, with 10.7.0.1/24;
 *   <li>{@code tun0}, a point-to-point tun interface 10.8.0.1 peer 10.8.0.2, if
 *       {@code /dev/net/tun} exists ({@link #hasTun()}).
 * </ul>
 * Everything is removed with the namespace by {@link #close()}.
 */
final class IfNs implements AutoCloseable {
    static final String DUMMY_MAC = "02:00:5e:10:00:01";
    static final Duration SETUP = Duration.ofSeconds(10);

    private final NetNs ns;
    private boolean tun;
    private String dummyKind;
    private Path etc;

    private IfNs(NetNs ns) {
        this.ns = ns;
    }

    /** Creates the namespace and its interfaces; skips the test without root or iproute2. */
    static IfNs create() {
        IfNs f = new IfNs(NetNs.create());
        try {
            f.build();
            return f;
        } catch (RuntimeException | Error e) {
            f.close();
            throw e;
        }
    }

    private void build() {
        ip("link", "add", "veth0", "type", "veth", "peer", "name", "veth1");
        ip("link", "set", "veth0", "mtu", "1400");
        ip("addr", "add", "10.0.0.1/24", "brd", "+", "dev", "veth0");
        ip("addr", "add", "10.0.1.1/16", "dev", "veth0");
        ip("addr", "add", "10.0.0.5/24", "brd", "+", "dev", "veth0", "label", "veth0:1");
        ip("-6", "addr", "add", "2001:db8::1/64", "dev", "veth0", "nodad");
        ip("addr", "add", "10.0.0.2/24", "dev", "veth1");
        ip("link", "set", "veth0", "up");
        ip("link", "set", "veth1", "up");

        dummyKind = tryIp("link", "add", "dum0", "type", "dummy") ? "dummy" : "bridge";
        if (dummyKind.equals("bridge")) {
            ip("link", "add", "dum0", "type", "bridge");
        }
        ip("link", "set", "dum0", "address", DUMMY_MAC);
        ip("addr", "add", "10.9.1.1/24", "brd", "+", "dev", "dum0");
        ip("link", "set", "dum0", "up");

        ip("link", "add", "vdown0", "type", "veth", "peer", "name", "vdown1");
        ip("addr", "add", "10.7.0.1/24", "dev", "vdown0");

        tun = Files.exists(Path.of("/dev/net/tun")) && tryIp("tuntap", "add", "dev", "tun0", "mode", "tun");
        if (tun) {
            ip("addr", "add", "10.8.0.1", "peer", "10.8.0.2", "dev", "tun0");
            ip("link", "set", "tun0", "up");
        }
        awaitLinkLocal("veth0");
        awaitLinkLocal("veth1");
    }

    /**
     * Waits for the IPv6 link-local address the kernel gives an interface once its carrier is
     * on (for a veth, shortly after both ends are up, from a work queue), so that what the tests
     * read from ip and what the programs read are the same set of addresses.
     */
    private void awaitLinkLocal(String dev) {
        long end = System.nanoTime() + SETUP.toNanos();
        while (ip("-6", "-o", "addr", "show", "dev", dev, "scope", "link").isBlank()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException(dev + " got no IPv6 link-local address: " + ip("-o", "addr"));
            }
            NetNs.sleep(20);
        }
    }

    NetNs ns() {
        return ns;
    }

    /** True if the namespace has the point-to-point interface tun0. */
    boolean hasTun() {
        return tun;
    }

    /** "dummy", or "bridge" where the kernel has no dummy driver. */
    String dummyKind() {
        return dummyKind;
    }

    /** Runs {@code ip -n NS args} as root; fails the test if it fails. */
    String ip(String... args) {
        Programs.Result r = ipResult(args);
        if (r.exit() != 0) {
            throw new IllegalStateException("ip " + String.join(" ", args) + " failed: " + r);
        }
        return r.stdout();
    }

    boolean tryIp(String... args) {
        return ipResult(args).exit() == 0;
    }

    private Programs.Result ipResult(String... args) {
        List<String> cmd = new ArrayList<>(List.of("ip", "-n", ns.name()));
        cmd.addAll(Arrays.asList(args));
        return Programs.runCommand(SETUP, null, cmd.toArray(String[]::new));
    }

    /** The command prefix that runs what follows in the namespace as user nobody, group nogroup, no other groups. */
    List<String> asNobody() {
        List<String> cmd = new ArrayList<>(ns.exec());
        cmd.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        return cmd;
    }

    /** Runs any command in the namespace as nobody, to completion. */
    Programs.Result runCommand(Duration timeout, String... command) {
        List<String> cmd = asNobody();
        cmd.addAll(Arrays.asList(command));
        return Programs.runCommand(timeout, null, cmd.toArray(String[]::new));
    }

    /** Starts a book program in the namespace as nobody. */
    Programs.Proc start(String program, String... args) {
        List<String> cmd = asNobody();
        cmd.addAll(Programs.javaCommand());
        cmd.add(program);
        cmd.addAll(Arrays.asList(args));
        return ns.startCommand(cmd.toArray(String[]::new));
    }

    /** Runs a book program in the namespace as nobody, to completion. */
    Programs.Result run(Duration timeout, String program, String... args) {
        try (Programs.Proc p = start(program, args)) {
            p.writeStdin(null);
            return p.await(timeout);
        }
    }

    /**
     * Runs {@code main}, a class of these tests that calls the library directly, in the
     * namespace as nobody: the program's class path plus the tests' classes.
     */
    Programs.Result runTestMain(Duration timeout, Class<?> main, String... args) {
        List<String> java = new ArrayList<>(Programs.javaCommand());
        int cp = java.indexOf("-cp");
        try {
            Path classes = Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI());
            java.set(cp + 1, java.get(cp + 1) + ":" + classes);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        java.set(java.size() - 1, main.getName());
        List<String> cmd = asNobody();
        cmd.addAll(java);
        cmd.addAll(Arrays.asList(args));
        try (Programs.Proc p = ns.startCommand(cmd.toArray(String[]::new))) {
            p.writeStdin(null);
            return p.await(timeout);
        }
    }

    /**
     * Runs a book program as nobody in the namespace and in a new UTS namespace whose host
     * name is {@code hostname}, with an /etc/hosts of {@code hostsLines} (through
     * /etc/netns/NS/, which {@code ip netns exec} mounts over /etc).
     */
    Programs.Result runWithHostname(String hostname, List<String> hostsLines, Duration timeout, String program,
            String... args) {
        try {
            etc = Path.of("/etc/netns", ns.name());
            Files.createDirectories(etc);
            Files.writeString(etc.resolve("hosts"), String.join("\n", hostsLines) + "\n");
            Files.writeString(etc.resolve("nsswitch.conf"), "hosts: files\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> cmd = new ArrayList<>(ns.exec());
        cmd.addAll(List.of("unshare", "--uts", "sh", "-c",
                "printf %s \"$0\" > /proc/sys/kernel/hostname && exec \"$@\"", hostname));
        cmd.addAll(asNobody().subList(ns.exec().size(), asNobody().size()));
        cmd.addAll(Programs.javaCommand());
        cmd.add(program);
        cmd.addAll(Arrays.asList(args));
        try (Programs.Proc p = ns.startCommand(cmd.toArray(String[]::new))) {
            p.writeStdin(null);
            return p.await(timeout);
        }
    }

    // ---- what ip says: the oracle the tests compare with

    /** One line of {@code ip -o link}: index, name, flags, MTU, link type and address. */
    record Link(int index, String name, List<String> flags, int mtu, String type, String address) {
        boolean up() {
            return flags.contains("UP");
        }

        /** The book's flag string: "UP BCAST MCAST LOOP P2P " as present. */
        String bookFlags() {
            StringBuilder sb = new StringBuilder();
            if (flags.contains("UP")) sb.append("UP ");
            if (flags.contains("BROADCAST")) sb.append("BCAST ");
            if (flags.contains("MULTICAST")) sb.append("MCAST ");
            if (flags.contains("LOOPBACK")) sb.append("LOOP ");
            if (flags.contains("POINTOPOINT")) sb.append("P2P ");
            return sb.toString();
        }

        /** The hardware address as the book prints it ({@code %x} per byte), or null for none. */
        String bookMac() {
            if (!type.equals("ether") || address == null || address.equals("00:00:00:00:00:00")) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            for (String b : address.split(":")) {
                sb.append(sb.length() == 0 ? "" : ":").append(Integer.toHexString(Integer.parseInt(b, 16)));
            }
            return sb.toString();
        }
    }

    /** One line of {@code ip -o addr}: interface, family, address, prefix, peer, broadcast, label. */
    record Addr(int index, String ifname, String family, String address, int prefix, String peer, String brd,
            String label) {}

    private static final Pattern LINK = Pattern.compile(
            "^(\\d+): ([^:@]+)(?:@\\S+)?: <([^>]*)> mtu (\\d+) .*?link/(\\S+)(?: (\\S+))?");
    private static final Pattern ADDR = Pattern.compile(
            "^(\\d+): (\\S+)\\s+(inet6?) ([0-9a-f.:]+)(?: peer ([0-9a-f.:]+))?/(\\d+)(?: brd (\\S+))?(.*)$");

    /** {@code ip -o link}, by name, in index order. */
    Map<String, Link> links() {
        Map<String, Link> out = new LinkedHashMap<>();
        for (String line : ip("-o", "link").split("\n")) {
            Matcher m = LINK.matcher(line);
            if (m.find()) {
                Link l = new Link(Integer.parseInt(m.group(1)), m.group(2), List.of(m.group(3).split(",")),
                        Integer.parseInt(m.group(4)), m.group(5), m.group(6));
                out.put(l.name(), l);
            }
        }
        return out;
    }

    /** {@code ip -o addr} of one family ("inet" or "inet6"), in the kernel's order. */
    List<Addr> addrs(String family) {
        List<Addr> out = new ArrayList<>();
        for (String line : ip("-o", family.equals("inet") ? "-4" : "-6", "addr").split("\n")) {
            Matcher m = ADDR.matcher(line.split("\\\\")[0].trim());
            if (m.find()) {
                String rest = m.group(8).trim();
                String[] words = rest.split("\\s+");
                String label = family.equals("inet") ? words[words.length - 1] : m.group(2);
                out.add(new Addr(Integer.parseInt(m.group(1)), m.group(2), m.group(3), m.group(4),
                        Integer.parseInt(m.group(6)), m.group(5), m.group(7), label));
            }
        }
        return out;
    }

    @Override
    public void close() {
        try {
            ns.close();
        } finally {
            if (etc != null) {
                try (var s = Files.walk(etc)) {
                    for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                } catch (java.io.IOException e) {
                    // best effort
                }
            }
        }
    }
}
