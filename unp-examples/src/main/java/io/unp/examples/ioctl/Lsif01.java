package io.unp.examples.ioctl;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Ioctl;
import static io.unp.net.Ioctls.SIOCGIFCONF;

import io.unp.net.IfConf;

/**
 * ioctl/lsif01: SIOCGIFCONF into a 2048-byte buffer, then each
 * entry's name and IPv4 address, one per line. See {@link Lsif} for what differs from the C.
 */
public final class Lsif01 {
    private Lsif01() {}

    public static void main(String[] args) {
        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);

        IfConf ifc = new IfConf(2048);
        Ioctl(sockfd, SIOCGIFCONF, ifc);

        Lsif.print(ifc);
    }
}
