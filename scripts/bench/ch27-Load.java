import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The client load of scripts/bench/ch27-table.sh (docs/chapter27.md): the book's
 * {@code client <host> <port> <#children> <#loops/child> <#bytes/request>}, with threads for its
 * children, and with measurements the book's client does not make.
 *
 * <pre>
 *   java Ch27Load host port children warm-loops loops bytes [cgroup-dir]
 * </pre>
 *
 * Each of {@code children} threads makes {@code warm-loops} connections (the warm-up), then, after
 * all threads are done with it, {@code loops} more (the measured phase). A connection: connect,
 * write {@code "<bytes>\n"}, read exactly {@code bytes} bytes, close (the client closes first, as
 * the book's, so TIME_WAIT is on the client). Its latency is from just before {@code connect} to
 * the arrival of the reply's first byte.
 *
 * <p>With a cgroup directory (cgroup v2, holding the server and everything it forks), the CPU of
 * the whole server (every process and thread, ended ones too) is read from its {@code cpu.stat}
 * before and after the measured phase: the steady-state cost, in microseconds.
 *
 * <p>Output, one line of key=value pairs: {@code conns= warm= wall_ms= lat_med_us= lat_p99_us=
 * lat_max_us= [cpu_usec= user_usec= sys_usec=]}. A connection that fails (refused, reset, short
 * reply) ends the run with a message on standard error and exit status 1.
 */
class Ch27Load {
    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: Ch27Load host port children warm-loops loops bytes [cgroup-dir]");
            System.exit(2);
        }
        InetSocketAddress addr = new InetSocketAddress(args[0], Integer.parseInt(args[1]));
        int children = Integer.parseInt(args[2]);
        int warm = Integer.parseInt(args[3]);
        int loops = Integer.parseInt(args[4]);
        int nbytes = Integer.parseInt(args[5]);
        Path cpuStat = args.length > 6 ? Path.of(args[6], "cpu.stat") : null;

        run(addr, children, warm, nbytes, null);
        long[] cpu0 = cpuStat != null ? cpu(cpuStat) : null;
        long t0 = System.nanoTime();
        long[] lat = new long[children * loops];
        run(addr, children, loops, nbytes, lat);
        long wall = System.nanoTime() - t0;
        long[] cpu1 = cpuStat != null ? cpu(cpuStat) : null;

        Arrays.sort(lat);
        StringBuilder out = new StringBuilder();
        out.append("conns=").append(lat.length).append(" warm=").append(children * warm)
                .append(" wall_ms=").append(wall / 1_000_000)
                .append(" lat_med_us=").append(lat[lat.length / 2] / 1000)
                .append(" lat_p99_us=").append(lat[Math.min(lat.length - 1, (int) Math.ceil(lat.length * 0.99) - 1)] / 1000)
                .append(" lat_max_us=").append(lat[lat.length - 1] / 1000);
        if (cpu0 != null) {
            out.append(" cpu_usec=").append(cpu1[0] - cpu0[0]).append(" user_usec=").append(cpu1[1] - cpu0[1])
                    .append(" sys_usec=").append(cpu1[2] - cpu0[2]);
        }
        System.out.println(out);
    }

    /** {@code children} threads of {@code loops} connections each; latencies into {@code lat} (if given). */
    static void run(InetSocketAddress addr, int children, int loops, int nbytes, long[] lat) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] t = new Thread[children];
        for (int i = 0; i < children; i++) {
            int child = i;
            t[i] = new Thread(() -> {
                byte[] request = (nbytes + "\n").getBytes(StandardCharsets.US_ASCII);
                byte[] reply = new byte[Math.max(nbytes, 1)];
                try {
                    for (int j = 0; j < loops && failure.get() == null; j++) {
                        long l = connection(addr, request, reply, nbytes);
                        if (lat != null) {
                            lat[child * loops + j] = l;
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            t[i].start();
        }
        for (Thread x : t) {
            x.join();
        }
        if (failure.get() != null) {
            System.err.println("Ch27Load: " + failure.get());
            System.exit(1);
        }
    }

    /** One connection; its latency in ns. */
    static long connection(InetSocketAddress addr, byte[] request, byte[] reply, int nbytes) throws IOException {
        long start = System.nanoTime();
        long first = 0;
        try (Socket s = new Socket()) {
            s.setSoTimeout(60_000);
            s.connect(addr);
            OutputStream o = s.getOutputStream();
            o.write(request);
            InputStream in = s.getInputStream();
            int got = 0;
            while (got < nbytes) {
                int n = in.read(reply, got, nbytes - got);
                if (n < 0) {
                    throw new IOException("server returned " + got + " bytes");
                }
                if (got == 0) {
                    first = System.nanoTime();
                }
                got += n;
            }
        }
        return first - start;
    }

    /** usage_usec, user_usec, system_usec of a cgroup v2 cpu.stat. */
    static long[] cpu(Path stat) throws IOException {
        long[] v = new long[3];
        for (String line : Files.readAllLines(stat)) {
            String[] kv = line.split(" ");
            switch (kv[0]) {
                case "usage_usec" -> v[0] = Long.parseLong(kv[1]);
                case "user_usec" -> v[1] = Long.parseLong(kv[1]);
                case "system_usec" -> v[2] = Long.parseLong(kv[1]);
                default -> { }
            }
        }
        return v;
    }
}
