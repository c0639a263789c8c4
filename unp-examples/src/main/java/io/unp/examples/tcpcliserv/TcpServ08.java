package io.unp.examples.tcpcliserv;

import static io.unp.examples.tcpcliserv.StrEcho08.strEcho;
import static io.unp.lib.WrapUnix.Close;

import io.unp.lib.Fork;

/**
 * tcpcliserv/tcpserv08: the text sum server: each child answers lines of two numbers with
 * their sum (figure 5.17).
 */
public final class TcpServ08 {
    private TcpServ08() {}

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
