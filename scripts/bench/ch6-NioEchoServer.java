import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;

/**
 * Baseline for scripts/bench/ch6-bench.sh (docs/performance.md): a plain java.nio echo
 * server, one thread, one Selector, echoing whatever bytes arrive (no line splitting), on port
 * 9877 by default.
 *
 * <p>Run: {@code java scripts/bench/ch6-NioEchoServer.java [port]}
 */
class NioEchoServer {
    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9877;
        Selector selector = Selector.open();
        ServerSocketChannel listen = ServerSocketChannel.open();
        listen.bind(new InetSocketAddress(port), 1024);
        listen.configureBlocking(false);
        listen.register(selector, SelectionKey.OP_ACCEPT);
        for (;;) {
            selector.select();
            Iterator<SelectionKey> it = selector.selectedKeys().iterator();
            while (it.hasNext()) {
                SelectionKey key = it.next();
                it.remove();
                if (!key.isValid()) {
                    continue;
                }
                if (key.isAcceptable()) {
                    SocketChannel c = listen.accept();
                    if (c != null) {
                        c.configureBlocking(false);
                        c.register(selector, SelectionKey.OP_READ, ByteBuffer.allocateDirect(64 * 1024));
                    }
                    continue;
                }
                SocketChannel c = (SocketChannel) key.channel();
                ByteBuffer buf = (ByteBuffer) key.attachment();
                try {
                    if (key.isReadable()) {
                        int n = c.read(buf);
                        if (n < 0) {
                            key.cancel();
                            c.close();
                            continue;
                        }
                    }
                    buf.flip();
                    c.write(buf);
                    buf.compact();
                    // pending output: stop reading until it is written
                    key.interestOps(buf.position() > 0 ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
                } catch (IOException e) {
                    key.cancel();
                    c.close();
                }
            }
        }
    }
}
