package io.unp.examples.udpcliserv;

import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.abi.Constants.SIGINT;

import io.unp.lib.Exit;
import io.unp.lib.Stdio;
import io.unp.lib.Unp;
import io.unp.net.SockAddr;

/**
 * udpcliserv/dgecholoop1.c (figure 8.20), linked by udpserv06: {@code dg_echo} that only reads
 * and counts datagrams, and on SIGINT (the terminal's interrupt key) prints how many arrived and
 * exits.
 */
final class DgEchoLoop1 {
    private DgEchoLoop1() {}

    /** Datagrams read so far; only the main thread writes it, the SIGINT handler reads it. */
    private static volatile int count;

    /** {@code dg_echo}: counts forever; the SIGINT handler ends the program. */
    static void dgEcho(int sockfd, SockAddr pcliaddr) {
        byte[] mesg = new byte[Unp.MAXLINE];

        Signal(SIGINT, DgEchoLoop1::recvfromInt);

        for (;;) {
            Recvfrom(sockfd, mesg, Unp.MAXLINE, 0, pcliaddr);

            count++;
        }
    }

    /** {@code recvfrom_int}: the SIGINT handler. */
    private static void recvfromInt(int signo) {
        Stdio.printf("\nreceived %d datagrams\n", count);
        throw new Exit(0);
    }
}
