import io.unp.abi.Constants;
import io.unp.lib.Writen;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrUn;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Echo benchmark for docs/chapter14.md: the same echo server and client, written on unp-lib's
 * Sys calls, over TCP loopback, a Unix-domain stream socket and a Unix-domain SOCK_SEQPACKET
 * socket, so the transports are compared with everything else equal.
 *
 * <pre>
 *   java -cp CP scripts/bench/ch14-UnixEchoBench.java server     tcp|stream|seqpacket ADDR
 *   java -cp CP scripts/bench/ch14-UnixEchoBench.java latency    tcp|stream|seqpacket ADDR [round trips]
 *   java -cp CP scripts/bench/ch14-UnixEchoBench.java throughput tcp|stream|seqpacket ADDR [seconds] [bytes]
 * </pre>
 *
 * ADDR is a port on 127.0.0.1 for tcp, a path otherwise. The server echoes what each read
 * returns (a record, for seqpacket) with one thread per client. latency: one 32-byte message at
 * a time, median/p99/mean round trip after 2000 warm-up trips. throughput: one thread writes
 * messages of the given size as fast as they go while another counts echoed bytes; MB/s
 * (10^6 bytes) over the window after a 1 s warm-up. Clients retry connecting for 10 s.
 */
public class UnixEchoBench {
    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) { // the source launcher cannot print a trace thrown from here
            System.err.println("ch14-UnixEchoBench: " + e);
            System.exit(1);
        }
    }

    static void run(String[] args) throws Exception {
        String mode = args[0];
        String transport = args[1];
        String addr = args[2];
        switch (mode) {
            case "server" -> server(transport, addr);
            case "latency" -> latency(transport, addr, args.length > 3 ? Integer.parseInt(args[3]) : 20000);
            case "throughput" -> throughput(transport, addr, args.length > 3 ? Integer.parseInt(args[3]) : 5,
                    args.length > 4 ? Integer.parseInt(args[4]) : 1024);
            default -> throw new IllegalArgumentException(mode);
        }
    }

    static int family(String t) {
        return t.equals("tcp") ? Constants.AF_INET : Constants.AF_UNIX;
    }

    static int type(String t) {
        return t.equals("seqpacket") ? Constants.SOCK_SEQPACKET : Constants.SOCK_STREAM;
    }

    static SockAddr address(String t, String addr) {
        if (t.equals("tcp")) {
            SockaddrIn in = new SockaddrIn();
            in.sinAddr(io.unp.net.NetOrder.htonl(Constants.INADDR_LOOPBACK));
            in.setPort(Integer.parseInt(addr));
            return in;
        }
        return SockaddrUn.of(addr);
    }

    static void server(String t, String addr) {
        int l = Sys.socket(family(t), type(t), 0);
        if (t.equals("tcp")) {
            Sys.setsockopt(l, Constants.SOL_SOCKET, Constants.SO_REUSEADDR, 1);
        }
        Sys.bind(l, address(t, addr));
        Sys.listen(l, 128);
        for (;;) {
            int c = Sys.accept(l, null);
            if (t.equals("tcp")) {
                Sys.setsockopt(c, Constants.IPPROTO_TCP, Constants.TCP_NODELAY, 1);
            }
            Thread th = new Thread(() -> echo(c));
            th.setDaemon(true);
            th.start();
        }
    }

    static void echo(int fd) {
        byte[] buf = new byte[65536];
        try {
            int n;
            while ((n = Sys.read(fd, buf, 0, buf.length)) > 0) {
                Writen.writen(fd, buf, 0, n);
            }
        } catch (ErrnoException e) {
            // client gone
        }
        Sys.close(fd);
    }

    static int connect(String t, String addr) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        for (;;) {
            int fd = Sys.socket(family(t), type(t), 0);
            try {
                Sys.connect(fd, address(t, addr));
                if (t.equals("tcp")) {
                    Sys.setsockopt(fd, Constants.IPPROTO_TCP, Constants.TCP_NODELAY, 1);
                }
                return fd;
            } catch (ErrnoException e) {
                Sys.close(fd);
                if (System.nanoTime() > end) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    static void latency(String t, String addr, int trips) throws InterruptedException {
        int fd = connect(t, addr);
        byte[] msg = "0123456789abcdef0123456789abcd\n".getBytes();
        byte[] back = new byte[msg.length];
        long[] ns = new long[trips];
        for (int i = -2000; i < trips; i++) {
            long t0 = System.nanoTime();
            Sys.write(fd, msg, 0, msg.length);
            int got = 0;
            while (got < back.length) {
                int n = Sys.read(fd, back, got, back.length - got);
                if (n == 0) {
                    throw new IllegalStateException("server closed");
                }
                got += n;
            }
            if (i >= 0) {
                ns[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(ns);
        double mean = Arrays.stream(ns).average().orElse(0);
        System.out.printf("%-9s latency: %d round trips of %d bytes: median %.1f us, p99 %.1f us, mean %.1f us%n",
                t, trips, msg.length, ns[trips / 2] / 1e3, ns[(int) (trips * 0.99)] / 1e3, mean / 1e3);
        Sys.close(fd);
    }

    static void throughput(String t, String addr, int seconds, int size) throws Exception {
        int fd = connect(t, addr);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong echoed = new AtomicLong();
        Thread writer = new Thread(() -> {
            byte[] msg = new byte[size];
            Arrays.fill(msg, (byte) 'x');
            try {
                while (!stop.get()) {
                    Writen.writen(fd, msg, 0, size);
                }
            } catch (ErrnoException e) {
                // closed at the end
            }
        });
        Thread reader = new Thread(() -> {
            byte[] buf = new byte[65536];
            try {
                int n;
                while ((n = Sys.read(fd, buf, 0, buf.length)) > 0) {
                    echoed.addAndGet(n);
                }
            } catch (ErrnoException e) {
                // closed at the end
            }
        });
        writer.setDaemon(true);
        reader.setDaemon(true);
        writer.start();
        reader.start();
        Thread.sleep(1000);
        long b0 = echoed.get();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long b1 = echoed.get();
        long t1 = System.nanoTime();
        stop.set(true);
        System.out.printf("%-9s throughput: %d-byte messages: %.1f MB/s echoed%n", t, size,
                (b1 - b0) / ((t1 - t0) / 1e9) / 1e6);
        System.exit(0);
    }
}
