package io.unp.examples.oob;

/**
 * oob/tcprecv06 (section 21.3): {@link TcpRecv04} again, for tcpsend06's two urgent bytes: only
 * the last one is at the mark.
 */
public final class TcpRecv06 {
    private TcpRecv06() {}

    public static void main(String[] args) {
        TcpRecv04.recv(args, "tcprecv06");
    }
}
