import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.Iterator;

/**
 * Many echo clients from one thread, for docs/chapter23.md: opens N connections to
 * 127.0.0.1:9877 and keeps them open, then for S seconds sends one 32-byte line on every
 * connection and waits for all N echoes (a round), again and again. Prints
 * "connected N in T s", then "rounds R, lines L, lines/s X, round ms Y", then
 * "holding" and waits for a line on standard input before closing (so that the caller can
 * read the server's memory with all connections open).
 *
 * <pre>
 *   java scripts/bench/ch23-ManyClients.java [connections, default 10000] [seconds, default 10]
 * </pre>
 */
class ManyClients {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        byte[] line = "0123456789abcdef0123456789abcd\n".getBytes();
        SocketChannel[] ch = new SocketChannel[n];
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            ch[i] = SocketChannel.open(new InetSocketAddress("127.0.0.1", 9877));
            ch[i].setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
        }
        System.out.printf("connected %d in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        Selector sel = Selector.open();
        int[] got = new int[n];
        for (int i = 0; i < n; i++) {
            ch[i].configureBlocking(false);
            ch[i].register(sel, SelectionKey.OP_READ, i);
        }
        ByteBuffer in = ByteBuffer.allocate(4096);
        long rounds = 0;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            for (int i = 0; i < n; i++) {
                ByteBuffer b = ByteBuffer.wrap(line);
                while (b.hasRemaining()) {
                    ch[i].write(b);
                }
                got[i] = 0;
            }
            int left = n;
            while (left > 0) {
                sel.select(5000);
                Iterator<SelectionKey> it = sel.selectedKeys().iterator();
                while (it.hasNext()) {
                    SelectionKey k = it.next();
                    it.remove();
                    int i = (Integer) k.attachment();
                    in.clear();
                    int r = ((SocketChannel) k.channel()).read(in);
                    if (r < 0) {
                        throw new IllegalStateException("server closed connection " + i);
                    }
                    int before = got[i];
                    got[i] += r;
                    if (before < line.length && got[i] >= line.length) {
                        left--;
                    }
                }
            }
            rounds++;
        }
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("rounds %d, lines %d, lines/s %.0f, round ms %.1f%n", rounds, rounds * n, rounds * n / s,
                1000 * s / rounds);
        System.out.println("holding");
        System.out.flush();
        System.in.read();
        for (SocketChannel c : ch) {
            c.close();
        }
    }
}
