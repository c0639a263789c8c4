package io.unp.lib;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.F_GETFL;
import static io.unp.abi.Constants.F_SETFL;
import static io.unp.abi.Constants.O_NONBLOCK;
import static io.unp.abi.Constants.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Errno;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrStorage;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.io.ByteArrayOutputStream;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** gf_time, the nonblocking str_cli on pipes and a socketpair, and accept on a nonblocking listener. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class NonblockTest {

    @Test
    void gfTimeIsTheTimeOfDayToTheMicrosecond() {
        String s = GfTime.gfTime();
        assertTrue(s.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{6}"), s);
        LocalTime t = LocalTime.parse(s);
        long diff = Math.abs(LocalTime.now().toSecondOfDay() - t.toSecondOfDay());
        assertTrue(Math.min(diff, 86_400 - diff) <= 2, s + " vs " + LocalTime.now());
    }

    @Test
    void strCliNonbCopiesBothWaysAndTracesEveryStep() throws Exception {
        byte[] input = new byte[200_000];
        new Random(15).nextBytes(input);
        List<String> trace = new CopyOnWriteArrayList<>();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try (Fds fds = new Fds()) {
            int[] in = fds.pipe();
            int[] out = fds.pipe();
            int[] sv = fds.socketpair();
            Thread feeder = thread(() -> {
                Writen.writen(in[1], input, 0, input.length);
                closeNow(fds, in[1]); // end of input
            });
            Thread echo = thread(() -> {
                byte[] b = new byte[3000];
                int n;
                while ((n = Sys.read(sv[1], b, 0, b.length)) > 0) {
                    Writen.writen(sv[1], b, 0, n);
                }
                closeNow(fds, sv[1]); // the server's FIN after ours
            });
            Thread drain = thread(() -> {
                byte[] b = new byte[8192];
                int n;
                while ((n = Sys.read(out[0], b, 0, b.length)) > 0) {
                    got.write(b, 0, n);
                }
            });

            StrCliNonb.strCli(in[0], out[1], sv[0], trace::add);
            closeNow(fds, out[1]);
            for (Thread t : List.of(feeder, echo, drain)) {
                t.join(10_000);
            }
            assertArrayEquals(input, got.toByteArray());
            assertEquals(0, Sys.fcntl(in[0], F_GETFL, 0) & O_NONBLOCK, "input's flags given back");
        }
        assertEquals(input.length, sum(trace, "read (\\d+) bytes from stdin"));
        assertEquals(input.length, sum(trace, "wrote (\\d+) bytes to socket"));
        assertEquals(input.length, sum(trace, "read (\\d+) bytes from socket"));
        assertEquals(input.length, sum(trace, "wrote (\\d+) bytes to stdout"));
        assertTrue(trace.indexOf("EOF on stdin") >= 0, trace.toString());
        int eof = trace.indexOf("EOF on socket");
        assertTrue(eof >= 0, trace.toString());
        // what the socket gave before its FIN may still be on its way to a slow stdout: only those writes follow
        for (String after : trace.subList(eof + 1, trace.size())) {
            assertTrue(after.matches("wrote \\d+ bytes to stdout"), trace.subList(eof, trace.size()).toString());
        }
    }

    @Test
    void strCliNonbEndsWhenTheServerClosesFirst() {
        try (Fds fds = new Fds()) {
            int[] in = fds.pipe(); // input stays open: no EOF on stdin
            int[] out = fds.pipe();
            int[] sv = fds.socketpair();
            fds.close(sv[1]);
            Exit e = assertThrows(Exit.class, () -> StrCliNonb.strCli(in[0], out[1], sv[0], null));
            assertEquals(1, e.status(), "str_cli: server terminated prematurely");
            assertEquals(0, Sys.fcntl(out[1], F_GETFL, 0) & O_NONBLOCK, "output's flags given back on the way out");
        }
    }

    @Test
    void acceptNonbSaysMinusOneWhenTheConnectionIsGone() {
        try (Fds fds = new Fds()) {
            int l = fds.socket(AF_INET, SOCK_STREAM);
            Sys.bind(l, SockaddrIn.of(new byte[] {127, 0, 0, 1}, 0));
            Sys.listen(l, 5);
            Sys.fcntl(l, F_SETFL, Sys.fcntl(l, F_GETFL, 0) | O_NONBLOCK);
            SockaddrStorage addr = new SockaddrStorage();
            Sys.getsockname(l, addr);

            assertEquals(-1, AcceptNonb.acceptNonb(l, new SockaddrIn()), "nothing in the queue");
            assertEquals(Errno.EAGAIN.code(), Sys.errno(), "EWOULDBLOCK, ignored");
            assertEquals(-1, WrapSock.AcceptNonb(l, new SockaddrIn()));

            int c = fds.socket(AF_INET, SOCK_STREAM);
            Sys.connect(c, addr.asIn());
            SockaddrIn peer = new SockaddrIn();
            int fd = WrapSock.AcceptNonb(l, peer);
            assertTrue(fd >= 0);
            fds.close(fd);
            assertEquals(127, peer.addressBytes()[0] & 0xff);

            assertTrue(AcceptNonb.ignored(new ErrnoException("accept", Errno.ECONNABORTED.code())));
            assertTrue(AcceptNonb.ignored(new ErrnoException("accept", Errno.EPROTO.code())));
            assertTrue(AcceptNonb.ignored(new ErrnoException("accept", Errno.EINTR.code())));
            assertTrue(!AcceptNonb.ignored(new ErrnoException("accept", Errno.EMFILE.code())));
        }
    }

    private static long sum(List<String> trace, String regex) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex);
        long total = 0;
        for (String t : trace) {
            java.util.regex.Matcher m = p.matcher(t);
            if (m.matches()) {
                total += Long.parseLong(m.group(1));
            }
        }
        return total;
    }

    /** Fds is not thread-safe: the helper threads close their ends through this. */
    private static void closeNow(Fds fds, int fd) {
        synchronized (fds) {
            fds.close(fd);
        }
    }

    private interface Body {
        void run() throws Exception;
    }

    private static Thread thread(Body body) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
