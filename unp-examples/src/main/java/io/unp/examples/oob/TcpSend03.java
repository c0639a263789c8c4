package io.unp.examples.oob;

/** oob/tcpsend03: {@link TcpSend01} again (the book's copy for tcprecv03), usage message included. */
public final class TcpSend03 {
    private TcpSend03() {}

    public static void main(String[] args) {
        TcpSend01.send(args, "tcpsend01");
    }
}
