package io.unp.sys;
import io.unp.abi.Constants;

import static io.unp.abi.Constants.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.net.AddrInfo;
import io.unp.net.Hostent;
import io.unp.net.Inet;
import io.unp.net.NameInfo;
import io.unp.net.NetOrder;
import io.unp.net.Servent;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrIn6;
import io.unp.testkit.Need;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The resolver calls of chapters 9 and 11 against this machine's glibc, without DNS: numeric
 * hosts, names from /etc/hosts (checked against what the file says) and services from
 * /etc/services. Lookups that would reach a name server are in
 * {@link io.unp.lib.ResolverIsolatedTest}, run with a private nsswitch.conf.
 */
@Timeout(30)
class ResolverTest {
    private static final byte[] LOOPBACK4 = {127, 0, 0, 1};

    @BeforeAll
    static void needsEtcServices() {
        Need.file(Path.of("/etc/services"), "netbase");
    }

    private static String host(AddrInfo ai) {
        SockAddr sa = ai.aiAddr();
        return ai.aiFamily() == AF_INET ? Inet.inetNtop(AF_INET, sa.asIn().addressBytes())
                : Inet.inetNtop(AF_INET6, sa.asIn6().addressBytes());
    }

    private static Set<String> hostsAndPorts(List<AddrInfo> answers) {
        return answers.stream().map(ai -> host(ai) + "." + ai.aiAddr().portHost()).collect(Collectors.toSet());
    }

    @Test
    void passiveWithoutHostGivesTheWildcardAndActiveGivesLoopback() {
        List<AddrInfo> passive = Sys.getaddrinfo(null, "daytime", AddrInfo.hints(AI_PASSIVE, AF_INET, SOCK_STREAM));
        assertEquals(Set.of("0.0.0.0.13"), hostsAndPorts(passive));
        List<AddrInfo> active = Sys.getaddrinfo(null, "daytime", AddrInfo.hints(0, AF_INET, SOCK_STREAM));
        assertEquals(Set.of("127.0.0.1.13"), hostsAndPorts(active));
        List<AddrInfo> passive6 = Sys.getaddrinfo(null, "13", AddrInfo.hints(AI_PASSIVE, AF_INET6, SOCK_STREAM));
        assertEquals(Set.of("::.13"), hostsAndPorts(passive6));
        AddrInfo ai = passive.get(0);
        assertEquals(SOCK_STREAM, ai.aiSocktype());
        assertEquals(IPPROTO_TCP, ai.aiProtocol());
        assertEquals(SockaddrIn.SIZE, ai.aiAddrlen());
        assertNull(ai.aiCanonname());
    }

    @Test
    void anySocketTypeGivesOneAnswerPerProtocolOfTheService() {
        List<AddrInfo> answers = Sys.getaddrinfo("127.0.0.1", "echo", AddrInfo.hints(0, AF_UNSPEC, 0));
        assertEquals(Set.of(SOCK_STREAM + "/" + IPPROTO_TCP, SOCK_DGRAM + "/" + IPPROTO_UDP),
                answers.stream().map(a -> a.aiSocktype() + "/" + a.aiProtocol()).collect(Collectors.toSet()));
        assertEquals(Set.of("127.0.0.1.7"), hostsAndPorts(answers));
    }

    @Test
    void numericHostRefusesNamesWithEaiNoname() {
        GaiException e = assertThrows(GaiException.class,
                () -> Sys.getaddrinfo("localhost", "13", AddrInfo.hints(AI_NUMERICHOST, AF_UNSPEC, SOCK_STREAM)));
        assertEquals(EAI_NONAME, e.code());
        assertEquals("getaddrinfo", e.call());
        assertEquals("Name or service not known", e.getMessage());
        assertEquals(0, e.errno());
        assertEquals(Set.of("::1.13"), hostsAndPorts(
                Sys.getaddrinfo("::1", "13", AddrInfo.hints(AI_NUMERICHOST, AF_UNSPEC, SOCK_STREAM))));
    }

    @Test
    void numericServRefusesServiceNames() {
        GaiException e = assertThrows(GaiException.class,
                () -> Sys.getaddrinfo("127.0.0.1", "daytime", AddrInfo.hints(AI_NUMERICSERV, AF_UNSPEC, SOCK_STREAM)));
        assertEquals(EAI_NONAME, e.code());
        assertEquals(Set.of("127.0.0.1.13"), hostsAndPorts(
                Sys.getaddrinfo("127.0.0.1", "13", AddrInfo.hints(AI_NUMERICSERV, AF_UNSPEC, SOCK_STREAM))));
    }

    @Test
    void canonnameComesInTheFirstAnswerOnlyAsEtcHostsNamesIt() {
        EtcHosts line = EtcHosts.firstIpv4Line("localhost");
        Need.that(line != null, "needs an IPv4 localhost line in /etc/hosts");
        List<AddrInfo> answers = Sys.getaddrinfo("localhost", "daytime", AddrInfo.hints(AI_CANONNAME, AF_INET, 0));
        assertEquals(line.canonical(), answers.get(0).aiCanonname());
        assertTrue(answers.size() >= 2, "tcp and udp answers");
        answers.subList(1, answers.size()).forEach(ai -> assertNull(ai.aiCanonname()));
        assertTrue(hostsAndPorts(answers).contains(line.address() + ".13"));
        // a numeric host is its own canonical name
        assertEquals("127.0.0.1", Sys.getaddrinfo("127.0.0.1", null, AddrInfo.hints(AI_CANONNAME, AF_INET,
                SOCK_STREAM)).get(0).aiCanonname());
        // and without the flag there is none
        assertNull(Sys.getaddrinfo("localhost", "13", AddrInfo.hints(0, AF_INET, SOCK_STREAM)).get(0).aiCanonname());
    }

    @Test
    void ipv4AddressInAnIpv6QueryNeedsV4Mapped() {
        GaiException e = assertThrows(GaiException.class,
                () -> Sys.getaddrinfo("127.0.0.1", "13", AddrInfo.hints(0, AF_INET6, SOCK_STREAM)));
        assertEquals(EAI_ADDRFAMILY, e.code());
        assertEquals("Address family for hostname not supported", e.getMessage());
        List<AddrInfo> mapped = Sys.getaddrinfo("127.0.0.1", "13", AddrInfo.hints(AI_V4MAPPED, AF_INET6, SOCK_STREAM));
        assertEquals(Set.of("::ffff:127.0.0.1.13"), hostsAndPorts(mapped));
        assertEquals(SockaddrIn6.SIZE, mapped.get(0).aiAddrlen());
        assertTrue(io.unp.net.In6Addr.IN6_IS_ADDR_V4MAPPED(mapped.get(0).aiAddr().asIn6().addressBytes()));
    }

    @Test
    void badHintsGiveTheirOwnCodes() {
        assertGai(EAI_BADFLAGS, "Bad value for ai_flags", () -> Sys.getaddrinfo("127.0.0.1", "13",
                AddrInfo.hints(0x10000, AF_UNSPEC, 0)));
        assertGai(EAI_FAMILY, "ai_family not supported", () -> Sys.getaddrinfo("127.0.0.1", "13",
                AddrInfo.hints(0, 12345, 0)));
        assertGai(EAI_SOCKTYPE, "ai_socktype not supported", () -> Sys.getaddrinfo("127.0.0.1", "13",
                AddrInfo.hints(0, AF_UNSPEC, 99)));
        assertGai(EAI_SERVICE, "Servname not supported for ai_socktype", () -> Sys.getaddrinfo("127.0.0.1",
                "daytime", AddrInfo.hints(0, AF_UNSPEC, SOCK_RAW)));
        assertGai(EAI_NONAME, "Name or service not known", () -> Sys.getaddrinfo(null, null, null));
    }

    /**
     * Malformed numeric addresses and services: each gives a GaiException whose message is
     * glibc's gai_strerror text for its code, or an answer; never another exception.
     */
    @Test
    void malformedInputsGiveGaiStrerrorTextNeverAnotherException() {
        String[] hosts = {"1.2.3.4.5", "256.1.1.1", "::g", ":::", "1::2::3", "", " ", "127.0.0.1 ", "fe80::1%nosuchif",
            "127.0.0.1\0evil", "-1", "0x7f.1", "[::1]", "1.2.3.4/24", "\u00e9t\u00e9"};
        String[] servs = {"-1", "65536", "99999999999", "da ytime", "", "nosuchservice", "13\0", "0x0d", "+13", "1e3"};
        int failures = 0;
        for (String h : hosts) {
            for (String s : servs) {
                try {
                    List<AddrInfo> answers = Sys.getaddrinfo(h, s, AddrInfo.hints(AI_NUMERICHOST, AF_UNSPEC, SOCK_STREAM));
                    assertFalse(answers.isEmpty());
                } catch (GaiException e) {
                    failures++;
                    assertEquals(Sys.gaiStrerror(e.code()), e.getMessage(), h + ", " + s);
                    assertTrue(e.code() < 0, "glibc's EAI codes are negative");
                }
            }
        }
        assertTrue(failures >= hosts.length * servs.length - servs.length, "almost every pair fails: " + failures);
        // the NUL is not silently dropped, as C would stop reading at it
        assertGai(EAI_NONAME, "Name or service not known", () -> Sys.getaddrinfo("127.0.0.1\0evil", "13", null));
    }

    @Test
    void getnameinfoFlags() {
        EtcHosts line = EtcHosts.firstIpv4Line("localhost");
        Need.that(line != null && line.address().equals("127.0.0.1"), "needs a 127.0.0.1 localhost line in /etc/hosts");
        SockaddrIn daytime = SockaddrIn.of(LOOPBACK4, 13);
        assertEquals(new NameInfo(line.canonical(), "daytime"), Sys.getnameinfo(daytime, 0));
        assertEquals(new NameInfo("127.0.0.1", "13"), Sys.getnameinfo(daytime, NI_NUMERICHOST | NI_NUMERICSERV));
        assertEquals(new NameInfo("127.0.0.1", "daytime"), Sys.getnameinfo(daytime, NI_NUMERICHOST));
        assertEquals(new NameInfo(line.canonical(), "13"), Sys.getnameinfo(daytime, NI_NUMERICSERV));
        // a name exists for 127.0.0.1, so NI_NAMEREQD changes nothing
        assertEquals(new NameInfo(line.canonical(), "daytime"), Sys.getnameinfo(daytime, NI_NAMEREQD));
        // port 514 is "shell" over TCP and "syslog" over UDP: NI_DGRAM picks the UDP one
        Need.that(Sys.getservbyport(NetOrder.htons(514), "tcp") != null, "needs 514/tcp (shell) in /etc/services (apt-get install netbase)");
        SockaddrIn p514 = SockaddrIn.of(LOOPBACK4, 514);
        assertEquals(Sys.getservbyport(NetOrder.htons(514), "tcp").sName(),
                Sys.getnameinfo(p514, NI_NUMERICHOST).serv());
        assertEquals(Sys.getservbyport(NetOrder.htons(514), "udp").sName(),
                Sys.getnameinfo(p514, NI_NUMERICHOST | NI_DGRAM).serv());
        // an unnamed port is printed as a number
        assertEquals("65000", Sys.getnameinfo(SockaddrIn.of(LOOPBACK4, 65000), NI_NUMERICHOST).serv());
        // IPv6, numeric
        assertEquals(new NameInfo("::1", "13"), Sys.getnameinfo(SockaddrIn6.of(loopback6(), 13), NI_NUMERICHOST | NI_NUMERICSERV));
    }

    private static byte[] v4(String text) {
        byte[] a = new byte[4];
        assertEquals(1, Inet.inetPton(AF_INET, text, a));
        return a;
    }

    private static byte[] loopback6() {
        byte[] a = new byte[16];
        a[15] = 1;
        return a;
    }

    @Test
    void getnameinfoBuffersAsInC() {
        SockaddrIn daytime = SockaddrIn.of(LOOPBACK4, 13);
        NameInfo servOnly = Sys.getnameinfo(daytime, 0, NI_MAXSERV, NI_NUMERICSERV);
        assertNull(servOnly.host());
        assertEquals("13", servOnly.serv());
        NameInfo hostOnly = Sys.getnameinfo(daytime, NI_MAXHOST, 0, NI_NUMERICHOST);
        assertEquals("127.0.0.1", hostOnly.host());
        assertNull(hostOnly.serv());
        assertGai(EAI_OVERFLOW, Sys.gaiStrerror(EAI_OVERFLOW), () -> Sys.getnameinfo(daytime, 4, 0, NI_NUMERICHOST));
        SockaddrIn shortAddr = SockaddrIn.of(LOOPBACK4, 13);
        shortAddr.setLen(8);
        assertGai(EAI_FAMILY, "ai_family not supported", () -> Sys.getnameinfo(shortAddr, NI_NUMERICHOST));
    }

    @Test
    void gethostbynameReadsEtcHostsAndNumericAddresses() {
        EtcHosts line = EtcHosts.firstIpv4Line("localhost");
        Need.that(line != null, "needs an IPv4 localhost line in /etc/hosts");
        Hostent h = Sys.gethostbyname("localhost");
        assertEquals(line.canonical(), h.hName());
        assertEquals(AF_INET, h.hAddrtype());
        assertEquals(4, h.hLength());
        assertEquals(line.address(), Inet.inetNtop(AF_INET, h.hAddr()));
        Hostent numeric = Sys.gethostbyname("192.0.2.7");
        assertEquals("192.0.2.7", numeric.hName());
        assertArrayEquals(new byte[] {(byte) 192, 0, 2, 7}, numeric.hAddrList().get(0));
        Hostent six = Sys.gethostbyname2("::1", AF_INET6);
        assertEquals(AF_INET6, six.hAddrtype());
        assertEquals(16, six.hLength());
        assertArrayEquals(loopback6(), six.hAddr());
        Hostent rev = Sys.gethostbyaddr(v4(line.address()), 4, AF_INET);
        assertEquals(line.canonical(), rev.hName());
        // the record is a copy: changing what it handed out changes nothing
        h.hAddr()[0] = 0;
        assertEquals(line.address(), Inet.inetNtop(AF_INET, h.hAddr()));
    }

    @Test
    void hostErrorsCarryHErrnoAndHstrerrorText() {
        // an IPv6 literal asked for as AF_INET is not found, without asking any name server
        HostErrnoException e = assertThrows(HostErrnoException.class, () -> Sys.gethostbyname2("::1", AF_INET));
        assertEquals("gethostbyname2", e.call());
        assertEquals(Sys.hstrerror(e.hErrno()), e.getMessage());
        assertEquals(e.hErrno(), Sys.hErrno());
        HostErrnoException nul = assertThrows(HostErrnoException.class, () -> Sys.gethostbyname("localhost\0x"));
        assertEquals(HOST_NOT_FOUND, nul.hErrno());
        assertEquals("Unknown host", nul.getMessage());
        assertEquals("Unknown host", Sys.hstrerror(HOST_NOT_FOUND));
        assertEquals("Host name lookup failure", Sys.hstrerror(TRY_AGAIN));
        assertEquals("Unknown server error", Sys.hstrerror(NO_RECOVERY));
        assertEquals("No address associated with name", Sys.hstrerror(NO_ADDRESS));
        assertThrows(IllegalArgumentException.class, () -> Sys.gethostbyaddr(new byte[4], 5, AF_INET));
    }

    @Test
    void servicesComeFromEtcServicesWithThePortInNetworkOrder() {
        Servent daytime = Sys.getservbyname("daytime", "tcp");
        assertNotNull(daytime);
        assertEquals("daytime", daytime.sName());
        assertEquals("tcp", daytime.sProto());
        assertEquals(13, NetOrder.ntohs(daytime.sPort()));
        assertEquals(NetOrder.htons(13), daytime.sPort());
        Servent domain = Sys.getservbyport(NetOrder.htons(53), "udp");
        assertEquals("domain", domain.sName());
        assertEquals("udp", domain.sProto());
        assertNotNull(Sys.getservbyname("echo", null));
        assertNull(Sys.getservbyname("nosuchservice", "tcp"));
        assertNull(Sys.getservbyname("daytime", "nosuchproto"));
        assertNull(Sys.getservbyport(NetOrder.htons(1), "nosuchproto"));
        assertNull(Sys.getservbyname("daytime\0", "tcp"));
    }

    @Test
    void unameAndGethostnameAgree() throws Exception {
        io.unp.net.Utsname u = Sys.uname();
        assertEquals("Linux", u.sysname());
        assertEquals(System.getProperty("os.arch").equals("amd64") ? "x86_64" : u.machine(), u.machine());
        assertEquals(Files.readString(Path.of("/proc/sys/kernel/osrelease")).trim(), u.release());
        assertEquals(Files.readString(Path.of("/proc/sys/kernel/hostname")).trim(), u.nodename());
        assertEquals(u.nodename(), Sys.gethostname());
    }

    private static void assertGai(int code, String text, org.junit.jupiter.api.function.Executable call) {
        GaiException e = assertThrows(GaiException.class, call);
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(text, e.getMessage());
    }
}
