package io.unp.examples.oob;

/** oob/tcpsend02: {@link TcpSend01} again (the book's copy for tcprecv02), usage message included. */
public final class TcpSend02 {
    private TcpSend02() {}

    public static void main(String[] args) {
        TcpSend01.send(args, "tcpsend01");
    }
}
