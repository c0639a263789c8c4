import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Echo-server benchmark client for scripts/bench/ch6-bench.sh (docs/performance.md), over
 * loopback to 127.0.0.1:9877.
 *
 * <pre>
 *   java EchoBench latency    [round trips, default 20000] [server pid]
 *   java EchoBench throughput [seconds, default 5] [line bytes, default 1024] [server pid]
 *   java EchoBench suite      server-pid round-trips seconds line-bytes...
 * </pre>
 *
 * latency: one 31-byte line at a time, waits for its echo; the median, 99th percentile and mean
 * round trip after 2000 warm-up trips. throughput: one thread writes lines as fast as the server
 * takes them while another counts the echoed bytes; MB/s (10^6 bytes) of echoed data over the
 * measured window (after a 1 s warm-up). suite: latency, then throughput for each line size, on
 * one JVM.
 *
 * <p>With a server pid, the client also reads the server's CPU time (utime + stime of
 * /proc/PID/stat: every thread of the process, including those that ended) at the start and the
 * end of each measured window, and prints the server's CPU per round trip and per GB (10^9
 * bytes) echoed. Clock ticks per second: -Dbench.clktck (default 100, `getconf CLK_TCK`).
 *
 * <p>Output: one line per measurement, words then key=value pairs, for the script to parse:
 * {@code latency trips=.. bytes=.. median_us=.. p99_us=.. mean_us=.. cpu_us_per_trip=..} and
 * {@code throughput line=.. secs=.. mbps=.. cpu_s=.. cpu_s_per_gb=.. cpu_pct=..} (the cpu keys
 * only with a pid).
 */
class EchoBench {
    private static final long CLK_TCK = Long.getLong("bench.clktck", 100);

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "latency";
        switch (mode) {
            case "latency":
                latency(args.length > 1 ? Integer.parseInt(args[1]) : 20000, args.length > 2 ? Long.parseLong(args[2]) : 0);
                break;
            case "throughput":
                throughput(args.length > 1 ? Integer.parseInt(args[1]) : 5, args.length > 2 ? Integer.parseInt(args[2]) : 1024,
                        args.length > 3 ? Long.parseLong(args[3]) : 0);
                break;
            case "suite":
                if (args.length < 5) {
                    throw new IllegalArgumentException("usage: suite server-pid round-trips seconds line-bytes...");
                }
                long pid = Long.parseLong(args[1]);
                latency(Integer.parseInt(args[2]), pid);
                for (int i = 4; i < args.length; i++) {
                    throughput(Integer.parseInt(args[3]), Integer.parseInt(args[i]), pid);
                }
                break;
            default:
                throw new IllegalArgumentException("mode: latency, throughput or suite");
        }
    }

    /** utime + stime of a process in seconds, or NaN without a pid or when it cannot be read. */
    static double serverCpu(long pid) {
        if (pid <= 0) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // f[0] is field 3
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) CLK_TCK;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static void latency(int trips, long pid) throws IOException {
        try (Socket s = new Socket("127.0.0.1", 9877)) {
            s.setTcpNoDelay(true);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            byte[] line = "0123456789abcdef0123456789abcd\n".getBytes();
            byte[] back = new byte[line.length];
            long[] ns = new long[trips];
            double cpu0 = 0;
            for (int i = -2000; i < trips; i++) {
                if (i == 0) {
                    cpu0 = serverCpu(pid);
                }
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
            double cpu = serverCpu(pid) - cpu0;
            Arrays.sort(ns);
            double mean = Arrays.stream(ns).average().orElse(0);
            System.out.printf("latency trips=%d bytes=%d median_us=%.1f p99_us=%.1f mean_us=%.1f", trips, line.length,
                    ns[trips / 2] / 1e3, ns[(int) (trips * 0.99)] / 1e3, mean / 1e3);
            if (!Double.isNaN(cpu)) {
                System.out.printf(" cpu_us_per_trip=%.2f", cpu / trips * 1e6);
            }
            System.out.println();
        }
    }

    static void throughput(int seconds, int lineBytes, long pid) throws Exception {
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
            double cpu0 = serverCpu(pid);
            long t0 = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            long bytes = received.get() - b0;
            double cpu = serverCpu(pid) - cpu0;
            double secs = (System.nanoTime() - t0) / 1e9;
            stop.set(true);
            reader.join(20_000); // the server echoes the rest and closes
            System.out.printf("throughput line=%d secs=%.2f mbps=%.1f", lineBytes, secs, bytes / secs / 1e6);
            if (!Double.isNaN(cpu)) {
                System.out.printf(" cpu_s=%.2f cpu_s_per_gb=%.3f cpu_pct=%.1f", cpu, bytes > 0 ? cpu / (bytes / 1e9) : 0.0,
                        cpu / secs * 100);
            }
            System.out.println();
        }
    }
}
