package io.unp.lib;

import static io.unp.abi.Constants.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.net.AddrInfo;
import io.unp.net.Hostent;
import io.unp.net.NetOrder;
import io.unp.net.Servent;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrStorage;
import io.unp.sys.ErrnoException;
import io.unp.sys.GaiException;
import io.unp.sys.HostErrnoException;
import io.unp.sys.Sys;
import io.unp.testkit.Need;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Section 11.14: the resolver calls and helpers are safe from many threads at once. Eight
 * threads run a mix of lookups with different answers (so a shared static result, as C's
 * {@code gethostbyname} returns, would hand one thread another's answer), each compared with
 * the answer the same call gave on one thread before; tcp_connect connects to a loopback
 * listener. No DNS: numeric hosts, /etc/hosts names and /etc/services names only.
 */
@Timeout(120)
class ResolverThreadSafetyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 300;
    private static final HexFormat HEX = HexFormat.of();

    private record Probe(String name, Supplier<String> call) {}

    private static String describe(Hostent h) {
        return h.hName() + " " + h.hAliases() + " " + h.hAddrtype() + "/" + h.hLength() + " "
                + h.hAddrList().stream().map(HEX::formatHex).collect(Collectors.toList());
    }

    private static String describe(Servent s) {
        return s == null ? "null" : s.sName() + " " + s.sAliases() + " " + NetOrder.ntohs(s.sPort()) + "/" + s.sProto();
    }

    private static String describe(List<AddrInfo> answers) {
        return answers.stream().map(ai -> ai.aiFlags() + "," + ai.aiFamily() + "," + ai.aiSocktype() + ","
                + ai.aiProtocol() + "," + HEX.formatHex(ai.aiAddr().toByteArray()) + "," + ai.aiCanonname())
                .collect(Collectors.joining(";"));
    }

    /** A call's answer as text, failures included, so failures must also repeat exactly. */
    private static String outcome(Supplier<String> call) {
        try {
            return call.get();
        } catch (GaiException e) {
            return "gai " + e.code() + " " + e.getMessage();
        } catch (HostErrnoException e) {
            return "h_errno " + e.hErrno() + " " + e.getMessage();
        }
    }

    private static List<Probe> probes() {
        List<Probe> p = new ArrayList<>();
        for (String host : new String[] {"localhost", "127.0.0.1", "10.1.2.3", "192.0.2.77"}) {
            p.add(new Probe("gethostbyname " + host, () -> describe(Sys.gethostbyname(host))));
        }
        p.add(new Probe("gethostbyname2 ::1", () -> describe(Sys.gethostbyname2("::1", AF_INET6))));
        p.add(new Probe("gethostbyname2 ::1 AF_INET", () -> describe(Sys.gethostbyname2("::1", AF_INET))));
        p.add(new Probe("gethostbyaddr 127.0.0.1",
                () -> describe(Sys.gethostbyaddr(new byte[] {127, 0, 0, 1}, 4, AF_INET))));
        for (String serv : new String[] {"daytime", "echo", "domain", "ftp", "nosuchservice"}) {
            p.add(new Probe("getservbyname " + serv, () -> describe(Sys.getservbyname(serv, "tcp"))));
        }
        for (int port : new int[] {7, 13, 21, 53}) {
            p.add(new Probe("getservbyport " + port, () -> describe(Sys.getservbyport(NetOrder.htons(port), "udp"))));
        }
        p.add(new Probe("getaddrinfo localhost daytime", () -> describe(Sys.getaddrinfo("localhost", "daytime",
                AddrInfo.hints(AI_CANONNAME, AF_INET, 0)))));
        p.add(new Probe("getaddrinfo passive", () -> describe(Sys.getaddrinfo(null, "echo",
                AddrInfo.hints(AI_PASSIVE, AF_UNSPEC, SOCK_STREAM)))));
        p.add(new Probe("getaddrinfo v4mapped", () -> describe(Sys.getaddrinfo("127.0.0.1", "13",
                AddrInfo.hints(AI_V4MAPPED, AF_INET6, SOCK_DGRAM)))));
        p.add(new Probe("getaddrinfo bad", () -> describe(Sys.getaddrinfo("1.2.3.4.5", "13",
                AddrInfo.hints(AI_NUMERICHOST, AF_UNSPEC, 0)))));
        for (int port : new int[] {13, 7, 65000}) {
            p.add(new Probe("getnameinfo " + port,
                    () -> Sys.getnameinfo(SockaddrIn.of(new byte[] {127, 0, 0, 1}, port), 0).toString()));
        }
        p.add(new Probe("getnameinfo numeric",
                () -> Sys.getnameinfo(SockaddrIn.of(new byte[] {10, 9, 8, 7}, 21), NI_NUMERICHOST).toString()));
        return p;
    }

    @Test
    void manyThreadsGetTheSameAnswersAsOne() throws Exception {
        Need.file(Path.of("/etc/services"), "netbase");
        List<Probe> probes = probes();
        List<String> expected = probes.stream().map(p -> outcome(p.call())).collect(Collectors.toList());
        // gethostbyname("localhost") and gethostbyaddr(127.0.0.1) agree; almost all others differ
        assertTrue(expected.stream().distinct().count() >= probes.size() - 2, "probes with different answers: " + expected);

        int listenfd = TcpListen.tcpListen("127.0.0.1", "0", null);
        SockAddr bound = new SockaddrStorage();
        Sys.getsockname(listenfd, bound);
        String port = String.valueOf(bound.portHost());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    Sys.close(Sys.accept(listenfd, null));
                }
            } catch (ErrnoException e) {
                // the listening socket was shut down: done
            }
        }, "acceptor");
        acceptor.start();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                results.add(pool.submit((Callable<List<String>>) () -> {
                    List<String> wrong = new ArrayList<>();
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        // each thread walks the probes from a different place, so different calls overlap
                        for (int i = 0; i < probes.size(); i++) {
                            int k = (i + offset * 3 + round) % probes.size();
                            String got = outcome(probes.get(k).call());
                            if (!got.equals(expected.get(k))) {
                                wrong.add(probes.get(k).name() + ": " + got);
                            }
                        }
                        if (round % 10 == 0) {
                            int fd = TcpConnect.tcpConnect("127.0.0.1", port);
                            SockAddr peer = new SockaddrStorage();
                            Sys.getpeername(fd, peer);
                            if (peer.portHost() != bound.portHost()) {
                                wrong.add("tcp_connect reached port " + peer.portHost());
                            }
                            Sys.close(fd);
                        }
                    }
                    return wrong;
                }));
            }
            start.countDown();
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> f : results) {
                wrong.addAll(f.get(100, TimeUnit.SECONDS));
            }
            assertTrue(wrong.isEmpty(), wrong.size() + " answers differed, first: "
                    + wrong.subList(0, Math.min(5, wrong.size())));
        } finally {
            pool.shutdownNow();
            Sys.shutdown(listenfd, SHUT_RDWR);
            acceptor.join(5000);
            Sys.close(listenfd);
        }
    }
}
