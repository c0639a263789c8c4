package io.unp.examples.threads;

import static io.unp.lib.StrEcho.strEcho;
import static io.unp.lib.WrapPthread.Pthread_create;
import static io.unp.lib.WrapPthread.Pthread_detach;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapUnix.Close;

import io.unp.lib.Pthread;
import io.unp.net.SockaddrStorage;

/**
 * threads/tcpserv01 (figure 23.3): the echo server with one thread per client. The main thread
 * accepts; each new thread detaches itself, runs {@code str_echo} on its descriptor and closes
 * it. The descriptor goes to the thread as the argument's value, as the C casts the integer to
 * a pointer.
 *
 * <p>Lesson switch: with {@code UNP_CONNFD_BY_ADDRESS=1} the thread gets the address of the
 * main thread's {@code connfd} instead (a shared one-element array), the mistake section 23.4
 * describes: when the next {@code accept} returns before the new thread has read the variable,
 * two threads serve the same client and one client is served by nobody. tcpserv02 is the fix.
 *
 * <p>The C crashes on Linux at the first client: it passes NULL for the thread ID, which
 * Solaris allowed and glibc writes through.
 */
public final class TcpServ01 {
    private TcpServ01() {}

    public static void main(String[] args) {
        int[] addrlen = new int[1];
        int listenfd = ServListen.listen(args, addrlen);
        SockaddrStorage cliaddr = new SockaddrStorage();
        boolean byAddress = "1".equals(System.getenv("UNP_CONNFD_BY_ADDRESS"));

        int[] connfd = new int[1]; // the main thread's connfd; passing connfd itself is &connfd
        for (;;) {
            connfd[0] = Accept(listenfd, cliaddr);

            if (byAddress) {
                Pthread_create(null, TcpServ01::doitByAddress, connfd);
            } else {
                Pthread_create(null, TcpServ01::doit, connfd[0]);
            }
        }
    }

    /** Each thread runs this: the descriptor is the argument's value. */
    private static Object doit(Object arg) {
        Pthread_detach(Pthread.pthreadSelf());
        strEcho((Integer) arg); // same function as before
        Close((Integer) arg); // we are done with connected socket
        return null;
    }

    /** The race of section 23.4: the descriptor is read through the main thread's variable. */
    private static Object doitByAddress(Object arg) {
        return doit(((int[]) arg)[0]);
    }
}
