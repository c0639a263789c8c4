package io.unp.examples.threads;

import static io.unp.lib.StrEcho.strEcho;
import static io.unp.lib.WrapPthread.Pthread_create;
import static io.unp.lib.WrapPthread.Pthread_detach;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapUnix.Close;

import io.unp.lib.Pthread;
import io.unp.net.SockaddrStorage;

/**
 * threads/tcpserv02 (figure 23.4): {@link TcpServ01} passing the descriptor the portable way:
 * each {@code accept} stores it in a newly allocated integer that only the new thread reads
 * (and, in C, frees), so the next {@code accept} cannot overwrite it. The C crashes on Linux as
 * tcpserv01 does (a NULL thread-ID pointer).
 */
public final class TcpServ02 {
    private TcpServ02() {}

    public static void main(String[] args) {
        int[] addrlen = new int[1];
        int listenfd = ServListen.listen(args, addrlen);
        SockaddrStorage cliaddr = new SockaddrStorage();

        for (;;) {
            int[] iptr = new int[1]; // Malloc(sizeof(int))
            iptr[0] = Accept(listenfd, cliaddr);

            Pthread_create(null, TcpServ02::doit, iptr);
        }
    }

    private static Object doit(Object arg) {
        int connfd = ((int[]) arg)[0]; // free(arg): the garbage collector's job

        Pthread_detach(Pthread.pthreadSelf());
        strEcho(connfd); // same function as before
        Close(connfd); // we are done with connected socket
        return null;
    }
}
