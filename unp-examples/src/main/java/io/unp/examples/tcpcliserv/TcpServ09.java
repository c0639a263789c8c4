package io.unp.examples.tcpcliserv;

import static io.unp.examples.tcpcliserv.StrEcho09.strEcho;
import static io.unp.lib.WrapUnix.Close;

import io.unp.lib.Fork;

/**
 * tcpcliserv/tcpserv09: the binary sum server: each child answers {@code struct args} with
 * {@code struct result} (figure 5.20).
 */
public final class TcpServ09 {
    private TcpServ09() {}

    /** The child's branch: close the listening socket, serve the client, exit. */
    public static final class SumChild implements Fork.Child {
        @Override
        public void run(int[] fds) {
            Close(fds[0]); // close listening socket
            strEcho(fds[1]); // process the request
        }
    }

    public static void main(String[] args) {
        TcpServ03.serve(SigChldWaitpid::sigChld, SumChild.class);
    }
}
