package io.unp.examples.tcpcliserv;

/**
 * tcpcliserv/tcpserv04: the final concurrent echo server (figure 5.12): restarts
 * {@code accept} after EINTR and reaps every ended child with {@code waitpid} and WNOHANG
 * (figure 5.11), so no zombie is left.
 */
public final class TcpServ04 {
    private TcpServ04() {}

    public static void main(String[] args) {
        TcpServ03.serve(SigChldWaitpid::sigChld, EchoChild.class);
    }
}
