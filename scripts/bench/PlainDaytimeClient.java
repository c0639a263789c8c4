import java.io.InputStream;
import java.net.Socket;

/**
 * Baseline for scripts/bench-startup: a daytime client (TCP port 13, like intro/daytimetcpcli)
 * on the JDK's own sockets, without jnr, so the benchmark shows what native access adds to a
 * JVM's start-up. Usage: {@code java PlainDaytimeClient <IPaddress>}.
 */
public final class PlainDaytimeClient {
    private PlainDaytimeClient() {}

    public static void main(String[] args) throws Exception {
        try (Socket s = new Socket(args[0], 13); InputStream in = s.getInputStream()) {
            byte[] buf = new byte[4096];
            int n;
            while ((n = in.read(buf)) > 0) {
                System.out.write(buf, 0, n);
            }
            System.out.flush();
        }
    }
}
