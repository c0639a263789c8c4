package io.unp.examples.nonblock;

import static io.unp.abi.Constants.SHUT_WR;
import static io.unp.lib.Stdio.Fgets;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Shutdown;
import static io.unp.lib.WrapUnix.Fork;
import static io.unp.lib.Writen.Writen;

import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.io.InputStream;

/**
 * {@code str_cli} of nonblock/strclifork.c (section 15.2): two processes instead of nonblocking
 * I/O. The child ({@link StrCliForkChild}) copies the socket to standard output; the parent
 * copies {@code fp} to the socket, sends a FIN at end of input and waits in {@code pause} until
 * the child, at the server's end of file, kills it with SIGTERM. So the program's exit status is
 * that of a process killed by SIGTERM (143 in a shell), as the C's is.
 */
final class StrCliFork {
    private StrCliFork() {}

    static void strCli(InputStream fp, int sockfd) {
        byte[] sendline = new byte[MAXLINE];

        Fork(StrCliForkChild.class, sockfd); // child: server -> stdout

        // parent: stdin -> server
        int n;
        while ((n = Fgets(sendline, MAXLINE, fp)) >= 0) {
            Writen(sockfd, sendline, n);
        }

        Shutdown(sockfd, SHUT_WR); // EOF on stdin, send FIN
        try {
            Sys.pause();
        } catch (ErrnoException e) {
            // a handled signal ended the wait; return as the C does
        }
    }
}
