package io.unp.examples.icmpd;

import static io.unp.abi.FdSet.FD_ISSET;
import static io.unp.abi.FdSet.FD_SET;
import static io.unp.abi.FdSet.FD_ZERO;
import static io.unp.lib.Err.quit;
import static io.unp.lib.SockFuncs.SockBindWild;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.TcpConnect.TcpConnect;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapLib.WriteFd;
import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapSock.Select;
import static io.unp.lib.WrapSock.Sendto;
import static io.unp.lib.WrapUnix.Read;

import io.unp.abi.Errno;
import io.unp.abi.FdSet;
import io.unp.abi.Timeval;
import io.unp.lib.Stdio;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;

/**
 * icmpd/dgcli01.c (figures 25.29, 25.30 of the book's client side): {@code dg_cli} that binds
 * its UDP socket, passes it to icmpd over /tmp/icmpd, then waits up to 5 seconds after each
 * line for either the echo or an ICMP error from the daemon, which it prints.
 */
final class DgCli01 {
    private DgCli01() {}

    static void dgCli(java.io.InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[MAXLINE];
        byte[] recvline = new byte[MAXLINE + 1];
        byte[] icmpdErr = new byte[Unpicmpd.SIZE];

        SockBindWild(sockfd, pservaddr.family());

        int icmpfd = TcpConnect("/unix", Unpicmpd.ICMPD_PATH);
        WriteFd(icmpfd, new byte[] {'1'}, 1, sockfd);
        int n = Read(icmpfd, recvline, 1);
        if (n != 1 || recvline[0] != '1') {
            throw quit("error creating icmp socket, n = %d, char = %c", n, (char) (n > 0 ? recvline[0] : 0));
        }

        FdSet rset = new FdSet();
        FD_ZERO(rset);
        int maxfdp1 = Math.max(sockfd, icmpfd) + 1;

        while (Stdio.Fgets(sendline, MAXLINE, fp) >= 0) {
            Sendto(sockfd, sendline, Stdio.strlen(sendline), 0, pservaddr);

            Timeval tv = new Timeval(5, 0);
            FD_SET(sockfd, rset);
            FD_SET(icmpfd, rset);
            if (Select(maxfdp1, rset, null, null, tv) == 0) {
                Stdio.err("socket timeout\n");
                continue;
            }

            if (FD_ISSET(sockfd, rset)) {
                n = Recvfrom(sockfd, recvline, MAXLINE, 0, null);
                recvline[n] = 0; // null terminate
                Stdio.Fputs(recvline);
            }

            if (FD_ISSET(icmpfd, rset)) {
                if ((n = Read(icmpfd, icmpdErr, Unpicmpd.SIZE)) == 0) {
                    throw quit("ICMP daemon terminated");
                } else if (n != Unpicmpd.SIZE) {
                    throw quit("n = %d, expected %d", n, Unpicmpd.SIZE);
                }
                SockaddrStorage dest = new SockaddrStorage();
                int len = Math.min(Unpicmpd.len(icmpdErr), Unpicmpd.MAXSOCKADDR);
                System.arraycopy(icmpdErr, Unpicmpd.DEST, dest.bytes(), 0, len);
                dest.setLen(len);
                Stdio.printf("ICMP error: dest = %s, %s, type = %d, code = %d\n", SockNtop(dest),
                        Errno.strerror(Unpicmpd.errno(icmpdErr)), icmpdErr[Unpicmpd.TYPE], icmpdErr[Unpicmpd.CODE]);
            }
        }
    }
}
