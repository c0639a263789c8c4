package io.unp.examples.ioctl;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapLib.InetNtop;

import io.unp.net.IfConf;
import io.unp.net.IfReq;

/**
 * The loop lsif01 and lsif02 share: one line per {@code ifreq} of SIOCGIFCONF's answer, the
 * name and, for the families the program knows, the address.
 *
 * <p>The C steps through the buffer by {@code sizeof(ifr_name)} plus the address's length
 * (16 without {@code sa_len}), which on 64-bit Linux, where each entry is 40 bytes, misreads
 * every entry after the first; {@link IfConf#ifcReq()} steps by {@code sizeof(struct ifreq)}.
 * The C also passes {@code Inet_ntop} its arguments in the wrong order (a NULL buffer), and
 * its library then stops with {@code NULL 3rd argument to inet_ntop}: the port prints the
 * address, as the book shows.
 */
final class Lsif {
    private Lsif() {}

    static void print(IfConf ifc) {
        for (IfReq ifr : ifc.ifcReq()) {
            if (ifr.ifrAddrFamily() == AF_INET) {
                printf("%s\t%s\n", ifr.ifrName(), InetNtop(AF_INET, ifr.ifrAddr().asIn().addressBytes()));
            } else {
                printf("%s\n", ifr.ifrName());
            }
        }
    }
}
