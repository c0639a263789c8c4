package io.unp.lib;

import static io.unp.lib.Readline.Readline;
import static io.unp.lib.WrapPthread.Pthread_create;
import static io.unp.lib.WrapSock.Shutdown;
import static io.unp.lib.Writen.Writen;

import io.unp.abi.Constants;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code str_cli} with two threads ({@code threads/strclithread.c}, section 23.3): a
 * {@code copyto} thread copies standard input to the socket and, at end of input, shuts the
 * socket down for writing; the calling thread copies the socket to standard output until the
 * server closes. Neither direction waits for the other, which is what {@code select} gave the
 * chapter 6 client.
 */
public final class StrCliThread {
    private StrCliThread() {}

    /**
     * {@code str_cli}: returns when the server closes the connection; the program then ends,
     * and the {@code copyto} thread with it, as C's {@code exit} ends every thread.
     *
     * @param done if not null, set to {@code true} by {@code copyto} at the end of input (the
     *     {@code done} flag of {@code threads/strclithread2.c}). The C sets it after sending the
     *     FIN, so the server's reply to the FIN (its own FIN) can reach the main thread first,
     *     which then reports a normal end as "server terminated prematurely"; the Java thread
     *     sometimes lost that race in this port's tests, so the flag is set just before the FIN.
     */
    public static void strCli(InputStream fp, int sockfd, AtomicBoolean done) {
        byte[] recvline = new byte[Unp.MAXLINE];

        Pthread_create(null, arg -> copyto(fp, sockfd, done), null);

        while (Readline(sockfd, recvline, Unp.MAXLINE) > 0) {
            Stdio.Fputs(recvline);
        }
    }

    /** {@code str_cli} of {@code threads/strclithread.c}. */
    public static void strCli(InputStream fp, int sockfd) {
        strCli(fp, sockfd, null);
    }

    /** {@code copyto}: standard input to the socket, then a FIN; the thread ends at end of input. */
    private static Object copyto(InputStream fp, int sockfd, AtomicBoolean done) {
        byte[] sendline = new byte[Unp.MAXLINE];
        int n;
        while ((n = Stdio.Fgets(sendline, Unp.MAXLINE, fp)) >= 0) {
            Writen(sockfd, sendline, n);
        }

        if (done != null) {
            done.set(true); // before the FIN: see strCli's comment
        }
        Shutdown(sockfd, Constants.SHUT_WR); // EOF on stdin, send FIN

        return null; // return (the thread terminates) at end of input
    }
}
