package io.unp.lib;

import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.AF_LOCAL;
import static io.unp.abi.Constants.AF_UNSPEC;
import static io.unp.abi.Constants.AI_CANONNAME;
import static io.unp.abi.Constants.AI_NUMERICHOST;
import static io.unp.abi.Constants.AI_PASSIVE;
import static io.unp.abi.Constants.EAI_ADDRFAMILY;
import static io.unp.abi.Constants.EAI_AGAIN;
import static io.unp.abi.Constants.EAI_BADFLAGS;
import static io.unp.abi.Constants.EAI_FAMILY;
import static io.unp.abi.Constants.EAI_NODATA;
import static io.unp.abi.Constants.EAI_NONAME;
import static io.unp.abi.Constants.EAI_OVERFLOW;
import static io.unp.abi.Constants.EAI_SERVICE;
import static io.unp.abi.Constants.EAI_SOCKTYPE;
import static io.unp.abi.Constants.HOST_NOT_FOUND;
import static io.unp.abi.Constants.IPPROTO_TCP;
import static io.unp.abi.Constants.IPPROTO_UDP;
import static io.unp.abi.Constants.NI_DGRAM;
import static io.unp.abi.Constants.NI_NAMEREQD;
import static io.unp.abi.Constants.NI_NOFQDN;
import static io.unp.abi.Constants.NI_NUMERICHOST;
import static io.unp.abi.Constants.NI_NUMERICSERV;
import static io.unp.abi.Constants.NO_DATA;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOCK_RAW;
import static io.unp.abi.Constants.SOCK_SEQPACKET;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.abi.Constants.TRY_AGAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.unp.lib.gai.Libgai;
import io.unp.lib.gai.Netdb;
import io.unp.net.AddrInfo;
import io.unp.net.Hostent;
import io.unp.net.Inet;
import io.unp.net.NameInfo;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrIn6;
import io.unp.net.SockaddrUn;
import io.unp.net.Servent;
import io.unp.net.Utsname;
import io.unp.sys.GaiException;
import io.unp.sys.HostErrnoException;
import io.unp.sys.Sys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The book's getaddrinfo and getnameinfo ({@link Libgai}, section 11.16) against the C
 * library's ({@link Sys#getaddrinfo}, {@link Sys#getnameinfo}) on the same inputs, and the
 * book's algorithm on a resolver table the test defines.
 *
 * <p>The comparisons use only inputs that neither implementation sends to DNS in this process:
 * numeric addresses, no host, "localhost" in AF_INET (every /etc/hosts names 127.0.0.1 so), and
 * services from /etc/services. Names looked up in IPv6, and reverse lookups of ::1, run in
 * LibgaiProgramsTest, inside a network namespace with a private hosts file.
 *
 * <p>Answers are compared as sets of (family, socket type, protocol, address bytes, port),
 * after the differences the book's code makes on purpose: its {@code ai_protocol} is the hints'
 * (0), compared here as the protocol glibc picks for the socket type; glibc adds a SOCK_RAW
 * answer when no socket type is asked for, which the book never does; and the book keeps the
 * duplicates {@code gethostbyname2} returns. Order differs too: the book lists IPv6 before IPv4
 * and each address's stream answer then its datagram answer; glibc sorts by RFC 3484.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class LibgaiTest {

    /** One answer as the comparison sees it. */
    record Answer(int family, int socktype, int protocol, String address, int port) {
        static Answer of(AddrInfo ai, boolean book) {
            SockAddr sa = ai.aiAddr();
            String addr = ai.aiFamily() == AF_INET ? HexFormat.of().formatHex(sa.asIn().addressBytes())
                    : HexFormat.of().formatHex(sa.asIn6().addressBytes());
            int protocol = ai.aiProtocol();
            if (book) {
                assertEquals(0, protocol, "the book copies the hints' protocol, 0");
                protocol = ai.aiSocktype() == SOCK_STREAM ? IPPROTO_TCP : ai.aiSocktype() == SOCK_DGRAM ? IPPROTO_UDP : 0;
            }
            return new Answer(ai.aiFamily(), ai.aiSocktype(), protocol, addr, sa.portHost());
        }
    }

    private static Set<Answer> book(String host, String serv, AddrInfo hints) {
        Set<Answer> out = new LinkedHashSet<>();
        for (AddrInfo ai : Libgai.getaddrinfo(host, serv, hints)) {
            assertEquals(0, ai.aiFlags(), "the book sets no flags in its answers");
            out.add(Answer.of(ai, true));
        }
        return out;
    }

    private static Set<Answer> libc(String host, String serv, AddrInfo hints) {
        Set<Answer> out = new LinkedHashSet<>();
        for (AddrInfo ai : Sys.getaddrinfo(host, serv, hints)) {
            if (hints.aiSocktype() == 0 && ai.aiSocktype() == SOCK_RAW) {
                continue; // glibc's extra raw answer
            }
            out.add(Answer.of(ai, false));
        }
        return out;
    }

    private static void sameAnswers(String host, String serv, int flags, int family, int socktype) {
        AddrInfo hints = AddrInfo.hints(flags, family, socktype);
        String what = "host=" + host + " serv=" + serv + " flags=" + flags + " family=" + family + " socktype=" + socktype;
        Set<Answer> b = book(host, serv, hints);
        assertFalse(b.isEmpty(), what);
        assertEquals(libc(host, serv, hints), b, what);
    }

    private static int bookError(String host, String serv, AddrInfo hints) {
        GaiException e = assertThrows(GaiException.class, () -> Libgai.getaddrinfo(host, serv, hints));
        assertEquals("getaddrinfo", e.call());
        assertEquals(Libgai.gaiStrerror(e.code()), e.getMessage(), "the book's message");
        return e.code();
    }

    private static int libcError(String host, String serv, AddrInfo hints) {
        return assertThrows(GaiException.class, () -> Sys.getaddrinfo(host, serv, hints)).code();
    }

    private static final int[] SOCKTYPES = {0, SOCK_STREAM, SOCK_DGRAM};
    private static final String[] SERVICES = {"daytime", "echo", "13", "9877"};

    @Test
    void numericIpv4HostGivesTheSameAnswersAsLibc() {
        for (int family : new int[] {AF_UNSPEC, AF_INET}) {
            for (int socktype : SOCKTYPES) {
                for (String serv : SERVICES) {
                    sameAnswers("127.0.0.1", serv, 0, family, socktype);
                    sameAnswers("192.0.2.7", serv, AI_PASSIVE, family, socktype);
                }
            }
        }
    }

    @Test
    void numericIpv6HostGivesTheSameAnswersAsLibc() {
        for (int family : new int[] {AF_UNSPEC, AF_INET6}) {
            for (int socktype : SOCKTYPES) {
                for (String serv : SERVICES) {
                    sameAnswers("::1", serv, 0, family, socktype);
                    sameAnswers("fe80::1:2", serv, 0, family, socktype);
                    sameAnswers("::ffff:127.0.0.1", serv, 0, family, socktype);
                }
            }
        }
    }

    @Test
    void noHostGivesTheWildcardWhenPassiveAndTheLoopbackOtherwise() {
        for (int flags : new int[] {0, AI_PASSIVE}) {
            for (int family : new int[] {AF_UNSPEC, AF_INET, AF_INET6}) {
                for (int socktype : SOCKTYPES) {
                    sameAnswers(null, "9877", flags, family, socktype);
                    sameAnswers(null, "daytime", flags, family, socktype);
                }
            }
        }
        List<AddrInfo> wild = Libgai.getaddrinfo(null, "9877", AddrInfo.hints(AI_PASSIVE, AF_UNSPEC, SOCK_STREAM));
        assertEquals(List.of("::.9877", "0.0.0.0.9877"), wild.stream().map(ai -> SockNtop.sockNtop(ai.aiAddr())).toList(),
                "the book searches IPv6 first, then IPv4");
    }

    @Test
    void localhostInIpv4AsEtcHostsDefinesIt() {
        for (int socktype : SOCKTYPES) {
            for (String serv : SERVICES) {
                sameAnswers("localhost", serv, 0, AF_INET, socktype);
            }
        }
    }

    @Test
    void oneAnswerPerSocketTypeTheServiceHasWhenNoneIsGiven() {
        // echo is on TCP and UDP: stream then datagram; ftp only on TCP, tftp only on UDP
        assertEquals(List.of(SOCK_STREAM, SOCK_DGRAM), socktypes(Libgai.getaddrinfo("127.0.0.1", "echo", null)));
        assertEquals(List.of(SOCK_STREAM), socktypes(Libgai.getaddrinfo("127.0.0.1", "ftp", null)));
        assertEquals(List.of(SOCK_DGRAM), socktypes(Libgai.getaddrinfo("127.0.0.1", "tftp", null)));
        sameAnswers("127.0.0.1", "ftp", 0, AF_INET, 0);
        sameAnswers("127.0.0.1", "tftp", 0, AF_INET, 0);
    }

    @Test
    void noServiceAndNoSocketTypeGivesOneAnswerOfSocketTypeZero() {
        List<AddrInfo> b = Libgai.getaddrinfo("127.0.0.1", null, null);
        assertEquals(1, b.size());
        assertEquals(0, b.get(0).aiSocktype());
        assertEquals(0, b.get(0).aiAddr().portHost());
        // glibc gives stream, datagram and raw
        assertEquals(List.of(SOCK_STREAM, SOCK_DGRAM, SOCK_RAW), socktypes(Sys.getaddrinfo("127.0.0.1", null, null)));
    }

    @Test
    void rawSocketTypeTakesANumericPortInTheBookButNotInGlibc() {
        AddrInfo raw = AddrInfo.hints(0, AF_INET, SOCK_RAW);
        List<AddrInfo> b = Libgai.getaddrinfo("127.0.0.1", "13", raw);
        assertEquals(1, b.size());
        assertEquals(SOCK_RAW, b.get(0).aiSocktype());
        assertEquals(13, b.get(0).aiAddr().portHost());
        assertEquals(EAI_SERVICE, libcError("127.0.0.1", "13", raw));
        // a service name is looked up for TCP and UDP only: no answer for raw
        assertEquals(EAI_SERVICE, bookError("127.0.0.1", "echo", raw));
        // without a service both answer
        sameAnswers("127.0.0.1", null, 0, AF_INET, SOCK_RAW);
    }

    @Test
    void canonicalNameOnlyInTheFirstAnswer() {
        AddrInfo hints = AddrInfo.hints(AI_CANONNAME, AF_INET, 0);
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            List<AddrInfo> b = Libgai.getaddrinfo(host, "echo", hints);
            List<AddrInfo> c = Sys.getaddrinfo(host, "echo", hints);
            assertEquals(c.get(0).aiCanonname(), b.get(0).aiCanonname(), host);
            assertEquals(host.equals("localhost") ? Sys.gethostbyname("localhost").hName() : host, b.get(0).aiCanonname());
            for (AddrInfo ai : b.subList(1, b.size())) {
                assertNull(ai.aiCanonname());
            }
        }
        assertNull(Libgai.getaddrinfo("127.0.0.1", "echo", null).get(0).aiCanonname(), "only when asked for");
        assertNull(Libgai.getaddrinfo(null, "echo", AddrInfo.hints(AI_CANONNAME | AI_PASSIVE, AF_INET, 0))
                .get(0).aiCanonname(), "no host, no canonical name");
    }

    @Test
    void theBookKnowsNoFlagButPassiveAndCanonname() {
        AddrInfo numeric = AddrInfo.hints(AI_NUMERICHOST, AF_INET, SOCK_STREAM);
        assertEquals(EAI_BADFLAGS, bookError("127.0.0.1", "13", numeric));
        assertEquals(1, Sys.getaddrinfo("127.0.0.1", "13", numeric).size(), "glibc knows AI_NUMERICHOST");
        AddrInfo bad = AddrInfo.hints(999999, AF_UNSPEC, 0);
        assertEquals(EAI_BADFLAGS, bookError("localhost", null, bad));
        assertEquals(EAI_BADFLAGS, libcError("localhost", null, bad));
    }

    @Test
    void errorsThatBothReportTheSame() {
        Map<String, Object[]> cases = Map.of(
                "bad family", new Object[] {"localhost", null, AddrInfo.hints(0, 22, 0), EAI_FAMILY},
                "no host, no service", new Object[] {null, null, null, EAI_NONAME},
                "empty host and service", new Object[] {"", "", null, EAI_NONAME},
                "service not on UDP", new Object[] {"127.0.0.1", "telnet", AddrInfo.hints(0, 0, SOCK_DGRAM), EAI_SERVICE},
                "service not on TCP", new Object[] {"127.0.0.1", "tftp", AddrInfo.hints(0, 0, SOCK_STREAM), EAI_SERVICE},
                "unknown service for TCP", new Object[] {"127.0.0.1", "nosuchservice", AddrInfo.hints(0, 0, SOCK_STREAM),
                        EAI_SERVICE},
                "IPv6 address, IPv4 family", new Object[] {"::1", null, AddrInfo.hints(0, AF_INET, 0), EAI_ADDRFAMILY},
                "IPv4 address, IPv6 family", new Object[] {"127.0.0.1", null, AddrInfo.hints(0, AF_INET6, 0),
                        EAI_ADDRFAMILY});
        cases.forEach((what, c) -> {
            assertEquals(c[3], bookError((String) c[0], (String) c[1], (AddrInfo) c[2]), "book: " + what);
            assertEquals(c[3], libcError((String) c[0], (String) c[1], (AddrInfo) c[2]), "libc: " + what);
        });
    }

    @Test
    void errorsWhereTheBookDiffersFromGlibc() {
        // an unknown service with no socket type: the book says "not known", glibc "not for this socket type"
        assertEquals(EAI_NONAME, bookError(null, "nosuchservice", null));
        assertEquals(EAI_SERVICE, libcError(null, "nosuchservice", null));
        // SOCK_SEQPACKET: not in the book's list; glibc answers with SCTP
        AddrInfo seq = AddrInfo.hints(0, AF_INET, SOCK_SEQPACKET);
        assertEquals(EAI_SOCKTYPE, bookError("127.0.0.1", null, seq));
        assertEquals(132 /* IPPROTO_SCTP */, Sys.getaddrinfo("127.0.0.1", null, seq).get(0).aiProtocol());
        // an empty host with a service: the book takes it as no host, glibc as a name that does not exist
        assertEquals(Set.of("127.0.0.1", "::1"), hosts(Libgai.getaddrinfo("", "13", null)));
        assertEquals(EAI_NONAME, libcError("", "13", null));
    }

    @Test
    void portNumbersAreReadAsCsAtoi() {
        // leading digits only, and htons keeps the low 16 bits
        assertEquals(13, Libgai.getaddrinfo("127.0.0.1", "13abc", null).get(0).aiAddr().portHost());
        assertEquals(99999 & 0xffff, Libgai.getaddrinfo("127.0.0.1", "99999", null).get(0).aiAddr().portHost());
        sameAnswers("127.0.0.1", "99999", 0, AF_INET, SOCK_STREAM);
        assertEquals(EAI_SERVICE, libcError("127.0.0.1", "13abc", null), "glibc wants the whole string numeric");
    }

    @Test
    void gaiStrerrorIsTheBooksText() {
        assertEquals("host nor service provided, or not known", Libgai.gaiStrerror(EAI_NONAME));
        assertEquals("service not supported for socket type", Libgai.gaiStrerror(EAI_SERVICE));
        assertEquals("address family for host not supported", Libgai.gaiStrerror(EAI_ADDRFAMILY));
        assertEquals("invalid flags value", Libgai.gaiStrerror(EAI_BADFLAGS));
        assertEquals("unknown getaddrinfo() error", Libgai.gaiStrerror(EAI_OVERFLOW));
        assertEquals("unknown getaddrinfo() error", Libgai.gaiStrerror(0));
    }

    // ---- getnameinfo

    private static SockAddr in(String addr, int port) {
        byte[] a = new byte[4];
        assertEquals(1, Inet.inetPton(AF_INET, addr, a));
        return SockaddrIn.of(a, port);
    }

    private static SockAddr in6(String addr, int port) {
        byte[] a = new byte[16];
        assertEquals(1, Inet.inetPton(AF_INET6, addr, a));
        return SockaddrIn6.of(a, port);
    }

    @Test
    void getnameinfoOnLoopbackAddressesAsLibc() {
        int[] flagsList = {NI_NUMERICHOST | NI_NUMERICSERV, NI_NUMERICHOST, NI_NUMERICHOST | NI_DGRAM,
            NI_NUMERICSERV, 0, NI_DGRAM};
        for (int port : new int[] {7, 13, 9877, 0}) {
            for (int flags : flagsList) {
                SockAddr v4 = in("127.0.0.1", port);
                assertEquals(Sys.getnameinfo(v4, flags), Libgai.getnameinfo(v4, flags), "127.0.0.1." + port + " " + flags);
                if ((flags & NI_NUMERICHOST) != 0) { // ::1's name would be asked of DNS here
                    SockAddr v6 = in6("::1", port);
                    assertEquals(Sys.getnameinfo(v6, flags), Libgai.getnameinfo(v6, flags), "::1." + port + " " + flags);
                }
            }
        }
        assertEquals(new NameInfo("127.0.0.1", "daytime"), Libgai.getnameinfo(in("127.0.0.1", 13), NI_NUMERICHOST));
        assertEquals(new NameInfo("::1", "13"), Libgai.getnameinfo(in6("::1", 13), NI_NUMERICHOST | NI_NUMERICSERV));
    }

    @Test
    void aServiceOnlyOnUdpIsNamedWithoutNiDgramInTheBookNotInGlibc() {
        // the book asks getservbyport for any protocol, glibc for "tcp"
        SockAddr tftp = in("127.0.0.1", 69);
        assertEquals("tftp", Libgai.getnameinfo(tftp, NI_NUMERICHOST).serv());
        assertEquals("69", Sys.getnameinfo(tftp, NI_NUMERICHOST).serv());
        assertEquals("tftp", Sys.getnameinfo(tftp, NI_NUMERICHOST | NI_DGRAM).serv());
    }

    @Test
    void getnameinfoCutsAnswersToTheBufferAsSnprintf() {
        NameInfo ni = Libgai.getnameinfo(in("127.0.0.1", 13), 0, 4, NI_NUMERICHOST);
        assertEquals(new NameInfo(null, "day"), ni);
        GaiException e = assertThrows(GaiException.class,
                () -> Libgai.getnameinfo(in("127.0.0.1", 13), 9, 0, NI_NUMERICHOST));
        assertEquals(EAI_OVERFLOW, e.code(), "inet_ntop needs room for the whole address");
    }

    @Test
    void getnameinfoOfAUnixDomainAddressIsSlashLocalAndThePath() {
        SockAddr un = SockaddrUn.of("/tmp/unix.str");
        assertEquals(new NameInfo("/local", "/tmp/unix.str"), Libgai.getnameinfo(un, 0));
        assertEquals("/tmp/unix.str", Sys.getnameinfo(un, 0).serv(), "glibc: the path too, but the node name as host");
    }

    // ---- the book's algorithm on a resolver table the test defines

    /** A resolver answering from fixed tables, with h_errno HOST_NOT_FOUND for anything else. */
    static final class TableNetdb implements Netdb {
        final Map<String, Hostent> byName;
        final Map<String, Integer> errors;

        TableNetdb(Map<String, Hostent> byName, Map<String, Integer> errors) {
            this.byName = byName;
            this.errors = errors;
        }

        @Override
        public Hostent gethostbyname(String name) {
            return gethostbyname2(name, AF_INET);
        }

        @Override
        public Hostent gethostbyname2(String name, int af) {
            String key = name + "/" + af;
            if (errors.containsKey(key)) {
                throw new HostErrnoException("gethostbyname2", errors.get(key), "test", 0);
            }
            Hostent h = byName.get(key);
            if (h == null) {
                throw new HostErrnoException("gethostbyname2", HOST_NOT_FOUND, "test", 0);
            }
            return h;
        }

        @Override
        public Hostent gethostbyaddr(byte[] addr, int type) {
            String hex = HexFormat.of().formatHex(addr);
            for (Hostent h : byName.values()) {
                for (byte[] a : h.hAddrList()) {
                    if (HexFormat.of().formatHex(a).equals(hex)) {
                        return h;
                    }
                }
            }
            throw new HostErrnoException("gethostbyaddr", HOST_NOT_FOUND, "test", 0);
        }

        @Override
        public Servent getservbyname(String name, String proto) {
            return name.equals("daytime") ? new Servent("daytime", List.of(), htons(13), proto) : null;
        }

        @Override
        public Servent getservbyport(int port, String proto) {
            return null;
        }

        @Override
        public Utsname uname() {
            return new Utsname("Linux", "testnode", "r", "v", "x86_64");
        }
    }

    private static byte[] v4(String a) {
        byte[] b = new byte[4];
        Inet.inetPton(AF_INET, a, b);
        return b;
    }

    private static byte[] v6(String a) {
        byte[] b = new byte[16];
        Inet.inetPton(AF_INET6, a, b);
        return b;
    }

    private static final TableNetdb TABLE = new TableNetdb(Map.of(
            "multi/" + AF_INET, new Hostent("multi.example", List.of(), AF_INET, 4, List.of(v4("10.0.0.1"), v4("10.0.0.2"))),
            "multi/" + AF_INET6, new Hostent("multi6.example", List.of(), AF_INET6, 16, List.of(v6("fd00::1"))),
            "v4only/" + AF_INET, new Hostent("v4only.example", List.of(), AF_INET, 4, List.of(v4("10.0.0.9")))),
            Map.of("flaky/" + AF_INET, TRY_AGAIN, "flaky/" + AF_INET6, TRY_AGAIN,
                    "nodata/" + AF_INET, NO_DATA, "nodata/" + AF_INET6, NO_DATA));

    private static List<String> described(List<AddrInfo> res) {
        List<String> out = new ArrayList<>();
        for (AddrInfo ai : res) {
            out.add(SockNtop.sockNtop(ai.aiAddr()) + (ai.aiSocktype() == SOCK_STREAM ? " stream" : " dgram"));
        }
        return out;
    }

    @Test
    void twoAddressesAndTwoSocketTypesGiveFourAnswersAddressByAddress() {
        List<AddrInfo> res = Libgai.getaddrinfo(TABLE, "multi", "daytime", AddrInfo.hints(0, AF_INET, 0));
        assertEquals(List.of("10.0.0.1.13 stream", "10.0.0.1.13 dgram", "10.0.0.2.13 stream", "10.0.0.2.13 dgram"),
                described(res));
    }

    @Test
    void noFamilySearchesIpv6ThenIpv4AndTheFirstNameIsTheCanonicalOne() {
        List<AddrInfo> res = Libgai.getaddrinfo(TABLE, "multi", "13", AddrInfo.hints(AI_CANONNAME, AF_UNSPEC, SOCK_STREAM));
        assertEquals(List.of("fd00::1.13 stream", "10.0.0.1.13 stream", "10.0.0.2.13 stream"), described(res));
        assertEquals("multi6.example", res.get(0).aiCanonname());
        // a failed search is skipped when there are two
        res = Libgai.getaddrinfo(TABLE, "v4only", "13", AddrInfo.hints(AI_CANONNAME, AF_UNSPEC, SOCK_STREAM));
        assertEquals(List.of("10.0.0.9.13 stream"), described(res));
        assertEquals("v4only.example", res.get(0).aiCanonname());
    }

    @Test
    void anIpv4OnlyNameInIpv6GivesMappedAddressesAsResUseInet6Did() {
        List<AddrInfo> res = Libgai.getaddrinfo(TABLE, "v4only", "13", AddrInfo.hints(0, AF_INET6, SOCK_STREAM));
        assertEquals(List.of("::ffff:10.0.0.9.13 stream"), described(res));
    }

    @Test
    void aFailedSingleSearchGivesTheCodeForItsHErrno() {
        assertEquals(EAI_AGAIN, tableError("flaky", AF_INET));
        assertEquals(EAI_NODATA, tableError("nodata", AF_INET));
        assertEquals(EAI_NONAME, tableError("nosuchhost", AF_INET));
        // with two searches a failure is skipped, and nothing found is EAI_NONAME
        assertEquals(EAI_NONAME, tableError("flaky", AF_UNSPEC));
    }

    private static int tableError(String host, int family) {
        return assertThrows(GaiException.class,
                () -> Libgai.getaddrinfo(TABLE, host, null, AddrInfo.hints(0, family, 0))).code();
    }

    @Test
    void getnameinfoNamesNofqdnAndNamereqd() {
        SockAddr multi = SockaddrIn.of(v4("10.0.0.2"), 13);
        assertEquals(new NameInfo("multi.example", "13"), Libgai.getnameinfo(TABLE, multi, 1025, 32, 0));
        assertEquals(new NameInfo("multi", "13"), Libgai.getnameinfo(TABLE, multi, 1025, 32, NI_NOFQDN));
        assertEquals(new NameInfo("multi.e", "13"), Libgai.getnameinfo(TABLE, multi, 8, 32, 0));
        SockAddr nameless = SockaddrIn.of(v4("10.9.9.9"), 13);
        assertEquals(new NameInfo("10.9.9.9", "13"), Libgai.getnameinfo(TABLE, nameless, 1025, 32, 0));
        GaiException e = assertThrows(GaiException.class,
                () -> Libgai.getnameinfo(TABLE, nameless, 1025, 32, NI_NAMEREQD));
        assertEquals(EAI_NONAME, e.code());
        assertEquals(EAI_FAMILY, assertThrows(GaiException.class,
                () -> Libgai.getnameinfo(TABLE, new io.unp.net.SockaddrStorage(), 1025, 32, 0)).code());
    }

    // ---- the book's Unix domain extension

    @Test
    void slashLocalAndAPathGiveUnixDomainAnswers(@TempDir Path dir) throws Exception {
        String path = dir.resolve("gai.sock").toString();
        List<AddrInfo> res = Libgai.getaddrinfo(TABLE, "/local", path, AddrInfo.hints(AI_CANONNAME, AF_UNSPEC, 0));
        assertEquals(List.of(SOCK_STREAM, SOCK_DGRAM), socktypes(res));
        for (AddrInfo ai : res) {
            assertEquals(AF_LOCAL, ai.aiFamily());
            assertEquals(path, ai.aiAddr().asUn().path());
            assertEquals(SockaddrUn.SIZE, ai.aiAddrlen(), "ai_addrlen is sizeof(struct sockaddr_un)");
        }
        assertEquals("testnode", res.get(0).aiCanonname(), "uname's node name");
        assertEquals(List.of(SOCK_DGRAM), socktypes(Libgai.getaddrinfo("/unix", path, AddrInfo.hints(0, AF_LOCAL, SOCK_DGRAM))));

        // passive: the path is removed, for bind
        Files.writeString(dir.resolve("gai.sock"), "old");
        Libgai.getaddrinfo("/local", path, AddrInfo.hints(AI_PASSIVE, AF_LOCAL, SOCK_STREAM));
        assertFalse(Files.exists(dir.resolve("gai.sock")));

        assertEquals(EAI_ADDRFAMILY, bookError("/local", path, AddrInfo.hints(0, AF_INET, 0)));
        assertEquals(EAI_SERVICE, bookError("/local", "/" + "x".repeat(107), null), "longer than sun_path");
        assertEquals(EAI_SOCKTYPE, bookError("/local", path, AddrInfo.hints(0, AF_LOCAL, SOCK_RAW)));
        assertEquals(EAI_FAMILY, libcError("/local", path, AddrInfo.hints(0, AF_LOCAL, 0)), "glibc has no AF_LOCAL");
    }

    @Test
    void unixFamilyWithAnotherHostEndsTheProgramAsTheCsErrQuit() throws Exception {
        // in a child JVM: the message goes to the program's standard error, where we read it
        ChildJvm.Result r = ChildJvm.run(ChildJvm.javaCommand(ExitChild.class, "gai-local-with-host"));
        assertEquals("nsearch = 0\n", r.err());
        assertEquals("gai-local-with-host: exit 1\n", r.out());
    }

    private static List<Integer> socktypes(List<AddrInfo> res) {
        return res.stream().map(AddrInfo::aiSocktype).toList();
    }

    private static Set<String> hosts(List<AddrInfo> res) {
        Set<String> out = new LinkedHashSet<>();
        res.forEach(ai -> out.add(SockNtop.sockNtopHost(ai.aiAddr())));
        return out;
    }

    // ---- section 11.14: no static state, so many threads may call it at once

    @Test
    void manyThreadsGetTheAnswersOneThreadGets() throws Exception {
        String[][] inputs = {{"127.0.0.1", "daytime"}, {"::1", "echo"}, {null, "9877"}, {"localhost", "13"}};
        AddrInfo hints = AddrInfo.hints(AI_CANONNAME, AF_INET, 0);
        AddrInfo any = AddrInfo.hints(0, AF_UNSPEC, 0);
        List<List<AddrInfo>> expected = new ArrayList<>();
        for (String[] in : inputs) {
            expected.add(Libgai.getaddrinfo(in[0], in[1], in[0] != null && in[0].contains(":") ? any : hints));
        }
        NameInfo name = Libgai.getnameinfo(in("127.0.0.1", 13), 0);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    int n = 0;
                    for (int round = 0; round < 200; round++) {
                        for (int i = 0; i < inputs.length; i++) {
                            String[] in = inputs[i];
                            List<AddrInfo> got = Libgai.getaddrinfo(in[0], in[1],
                                    in[0] != null && in[0].contains(":") ? any : hints);
                            assertEquals(described(expected.get(i)), described(got));
                            assertEquals(expected.get(i).get(0).aiCanonname(), got.get(0).aiCanonname());
                            n++;
                        }
                        assertEquals(name, Libgai.getnameinfo(in("127.0.0.1", 13), 0));
                    }
                    return n;
                }));
            }
            for (java.util.concurrent.Future<Integer> f : done) {
                assertEquals(200 * inputs.length, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
