import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The threaded echo server of chapter 23 (one thread per client, each echoing what it reads
 * until the client closes) on JDK sockets, for docs/chapter23.md's comparison of platform and
 * virtual threads at 10,000 connections. Java 21 or later (virtual threads); listens on
 * 0.0.0.0:9877 with the book's backlog of 1024.
 *
 * <pre>
 *   java scripts/bench/ch23-ThreadEchoServer.java platform|virtual
 * </pre>
 *
 * JDK sockets park a virtual thread that would block and free its carrier; the book's port
 * (threads/tcpserv02) blocks in native read(2) through unp-lib, which a virtual thread cannot
 * leave: its carrier stays blocked (see docs/chapter23.md).
 */
class ThreadEchoServer {
    public static void main(String[] args) throws Exception {
        boolean virtual = args.length > 0 && args[0].equals("virtual");
        Thread.Builder builder = virtual ? Thread.ofVirtual() : Thread.ofPlatform();
        try (ServerSocket listen = new ServerSocket()) {
            listen.setReuseAddress(true);
            listen.bind(new InetSocketAddress(9877), 1024);
            for (;;) {
                Socket conn = listen.accept();
                builder.start(() -> echo(conn));
            }
        }
    }

    static void echo(Socket conn) {
        byte[] buf = new byte[4096];
        try (conn; InputStream in = conn.getInputStream(); OutputStream out = conn.getOutputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
            }
        } catch (Exception e) {
            // client gone
        }
    }
}
