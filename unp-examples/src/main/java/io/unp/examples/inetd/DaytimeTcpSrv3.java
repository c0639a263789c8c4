package io.unp.examples.inetd;

import static io.unp.lib.DaemonInetd.daemonInetd;
import static io.unp.lib.Err.msg;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Getpeername;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Write;

import io.unp.examples.Daytime;
import io.unp.net.SockaddrStorage;

/**
 * inetd/daytimetcpsrv3 (section 12.6): the daytime server written for inetd. inetd accepts the
 * connection and starts the server with the socket as descriptors 0, 1 and 2, so there is no
 * socket, bind, listen or accept here: the server logs its client (descriptor 0's peer) through
 * syslog ({@code daemon_inetd}), writes the time to descriptor 0 and exits.
 */
public final class DaytimeTcpSrv3 {
    private DaytimeTcpSrv3() {}

    public static void main(String[] args) {
        daemonInetd("daytimetcpsrv3", 0);

        SockaddrStorage cliaddr = new SockaddrStorage();
        Getpeername(0, cliaddr);
        msg("connection from %s", SockNtop(cliaddr));

        byte[] buff = Daytime.line(MAXLINE);
        Write(0, buff, buff.length);

        Close(0); // close TCP connection
    }
}
