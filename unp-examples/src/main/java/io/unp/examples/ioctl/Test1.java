package io.unp.examples.ioctl;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Ioctl;
import static io.unp.net.Ioctls.SIOCGIFCONF;

import io.unp.net.IfConf;
import io.unp.net.IfReq;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * ioctl/test1: the number of interfaces (Solaris's {@code SIOCGIFNUM}), then what a STREAMS
 * request of Solaris ({@code SIOCGHIWAT}) returns.
 *
 * <p>Neither request exists on Linux (the C does not compile there). The number comes from
 * Linux's way of sizing SIOCGIFCONF's answer, a NULL buffer, divided by
 * {@code sizeof(struct ifreq)}: like Solaris's count, it counts IPv4 addresses (an interface
 * with two counts twice). SIOCGHIWAT is sent with Solaris's request number, and Linux answers
 * as it does any request a socket does not know: {@code i = -1, errno = 25} (ENOTTY).
 */
public final class Test1 {
    private Test1() {}

    /** Solaris's {@code SIOCGHIWAT}, {@code _IOR('s', 1, int)}: not a Linux request. */
    static final int SIOCGHIWAT = 0x40047301;

    public static void main(String[] args) {
        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);

        IfConf ifc = IfConf.lengthQuery();
        Ioctl(sockfd, SIOCGIFCONF, ifc);
        int numif = ifc.ifcLen() / IfReq.SIZE;
        printf("numif = %d\n", numif);

        int i;
        try {
            i = Sys.ioctl(sockfd, SIOCGHIWAT, new byte[1024]);
        } catch (ErrnoException e) {
            i = -1;
        }
        printf("i = %d, errno = %d\n", i, Sys.errno());
    }
}
