package io.unp.examples.oob;

import io.unp.examples.tcpcliserv.SigChldWaitpid;
import io.unp.examples.tcpcliserv.TcpServ03;

/**
 * oob/tcpserv02 (section 21.5): the final echo server of chapter 5 (tcpserv04: a child per
 * client, {@code waitpid} loop for SIGCHLD, {@code accept} restarted after EINTR) whose children
 * run {@code str_echo} with the heartbeat ({@link StrEcho02}). Each child is its own process,
 * so each has its own alarm and its own SIGURG owner.
 */
public final class TcpServ02 {
    private TcpServ02() {}

    public static void main(String[] args) {
        TcpServ03.serve(SigChldWaitpid::sigChld, HeartbeatEchoChild.class);
    }
}
