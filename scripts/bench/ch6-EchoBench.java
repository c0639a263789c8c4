import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Echo-server benchmark client for docs/performance-ch6.md, over loopback to 127.0.0.1:9877.
 *
 * <pre>
 *   java scripts/bench/ch6-EchoBench.java latency    [round trips, default 20000]
 *   java scripts/bench/ch6-EchoBench.java throughput [seconds, default 5] [line bytes, default 1024]
 * </pre>
 *
 * latency: one 32-byte line at a time, waits for its echo; prints the median, 99th percentile
 * and mean round trip after 2000 warm-up trips. throughput: one thread writes lines as fast
 * as the server takes them while another counts the echoed bytes; prints MB/s (10^6 bytes) of
 * echoed data over the measured window (after a 1 s warm-up).
 */
public class EchoBench {
    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "latency";
        if (mode.equals("latency")) {
            latency(args.length > 1 ? Integer.parseInt(args[1]) : 20000);
        } else {
            throughput(args.length > 1 ? Integer.parseInt(args[1]) : 5, args.length > 2 ? Integer.parseInt(args[2]) : 1024);
        }
    }

    static void latency(int trips) throws IOException {
        try (Socket s = new Socket("127.0.0.1", 9877)) {
            s.setTcpNoDelay(true);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            byte[] line = "0123456789abcdef0123456789abcd\n".getBytes();
            byte[] back = new byte[line.length];
            long[] ns = new long[trips];
            for (int i = -2000; i < trips; i++) {
                long t0 = System.nanoTime();
                out.write(line);
                int got = 0;
                while (got < back.length) {
                    int n = in.read(back, got, back.length - got);
                    if (n < 0) {
                        throw new IOException("server closed");
                    }
                    got += n;
                }
                if (i >= 0) {
                    ns[i] = System.nanoTime() - t0;
                }
            }
            Arrays.sort(ns);
            double mean = Arrays.stream(ns).average().orElse(0);
            System.out.printf("latency: %d round trips of %d bytes: median %.1f us, p99 %.1f us, mean %.1f us%n",
                    trips, line.length, ns[trips / 2] / 1e3, ns[(int) (trips * 0.99)] / 1e3, mean / 1e3);
        }
    }

    static void throughput(int seconds, int lineBytes) throws Exception {
        try (Socket s = new Socket("127.0.0.1", 9877)) {
            byte[] chunk = new byte[64 * lineBytes];
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = (i + 1) % lineBytes == 0 ? (byte) '\n' : (byte) ('a' + i % 26);
            }
            AtomicLong received = new AtomicLong();
            Thread reader = new Thread(() -> {
                byte[] buf = new byte[256 * 1024];
                try {
                    InputStream in = s.getInputStream();
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        received.addAndGet(n);
                    }
                } catch (IOException e) {
                    // closed at the end
                }
            });
            reader.setDaemon(true);
            reader.start();
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                try {
                    OutputStream out = s.getOutputStream();
                    while (!stop.get()) {
                        out.write(chunk);
                    }
                    s.shutdownOutput(); // end politely: a reset would end the book's server (Writen's err_sys)
                } catch (IOException e) {
                    // the server went away
                }
            });
            writer.setDaemon(true);
            writer.start();
            Thread.sleep(1000);
            long b0 = received.get();
            long t0 = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            long bytes = received.get() - b0;
            double secs = (System.nanoTime() - t0) / 1e9;
            stop.set(true);
            reader.join(20_000); // the server echoes the rest and closes
            System.out.printf("throughput: %d-byte lines for %.1f s: %.1f MB/s echoed%n", lineBytes, secs,
                    bytes / secs / 1e6);
        }
    }
}
