package io.unp.examples.ioctl;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.net.Ioctls.SIOCGIFCONF;

import io.unp.lib.Err;
import io.unp.net.IfConf;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * ioctl/lsif02: lsif01 without the wrappers (its own {@code socket error} and
 * {@code ioctl SIOCGIFCONF error} messages) and with cases for the AF_INET6 and AF_LINK
 * entries the book's BSD returns. Linux's SIOCGIFCONF returns neither (IPv4 addresses only), so
 * those cases, which would never run, are left out, and the output is lsif01's. On Linux the
 * link-level addresses are what route/mynetstat and ioctl/prifinfo print.
 */
public final class Lsif02 {
    private Lsif02() {}

    public static void main(String[] args) {
        int sockfd;
        try {
            sockfd = Sys.socket(AF_INET, SOCK_DGRAM, 0);
        } catch (ErrnoException e) {
            throw Err.sys("socket error");
        }

        IfConf ifc = new IfConf(2048);
        try {
            Sys.ioctl(sockfd, SIOCGIFCONF, ifc);
        } catch (ErrnoException e) {
            throw Err.sys("ioctl SIOCGIFCONF error");
        }

        Lsif.print(ifc);
    }
}
