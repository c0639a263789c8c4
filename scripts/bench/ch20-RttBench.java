import io.unp.abi.Constants;
import io.unp.abi.Errno;
import io.unp.lib.DgSendRecv;
import io.unp.net.Inet;
import io.unp.net.SockaddrIn;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.nio.charset.StandardCharsets;

/**
 * The client of scripts/bench/ch20-rtt-loss.sh: N requests to an echo server (port 7) through
 * unp-lib's dg_send_recv (section 20.5), one after another. Where the book's Dg_send_recv ends
 * the program when a request goes unanswered, this goes on with the next one (dg_send_recv
 * starts its estimators afresh, as the C does). Prints "i ok|gave-up MS" per request on standard
 * output; dg_send_recv's own trace (send, recv, timeouts) goes to standard error.
 */
final class RttBench {
    private RttBench() {}

    public static void main(String[] args) {
        String host = args[0];
        int n = Integer.parseInt(args[1]);
        int fd = Sys.socket(Constants.AF_INET, Constants.SOCK_DGRAM, 0);
        SockaddrIn serv = new SockaddrIn();
        if (Inet.inetPton(Constants.AF_INET, host, serv) != 1) {
            throw new IllegalArgumentException(host);
        }
        serv.setPort(7);
        byte[] in = new byte[100];
        for (int i = 1; i <= n; i++) {
            byte[] out = ("request " + i + "\n").getBytes(StandardCharsets.US_ASCII);
            long t0 = System.nanoTime();
            String status = "ok";
            try {
                DgSendRecv.dgSendRecv(fd, out, out.length, in, in.length, serv);
            } catch (ErrnoException e) {
                if (!e.is(Errno.ETIMEDOUT)) {
                    throw e;
                }
                status = "gave-up";
            }
            System.out.printf("%d %s %d%n", i, status, (System.nanoTime() - t0) / 1_000_000);
            System.out.flush();
        }
    }
}
