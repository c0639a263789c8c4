package io.unp.examples.ioctl;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.lib.Err.quit;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapLib.InetNtop;
import static io.unp.lib.WrapSock.Socket;

import io.unp.lib.MyAddrs;
import io.unp.net.SockaddrIn;
import java.util.List;

/**
 * ioctl/prmac: the hardware address of each of this host's addresses, from the
 * ARP cache with SIOCGARP. The addresses are {@code my_addrs}'s: the host name (uname) looked
 * up with gethostbyname.
 *
 * <p>Linux's SIOCGARP needs the interface in {@code arp_dev} (ENODEV without it), and keeps no
 * ARP entries for the host's own addresses, which BSD keeps as permanent published entries:
 * see {@link ArpLookup}.
 */
public final class PrMac {
    private PrMac() {}

    public static void main(String[] args) {
        int[] family = new int[1];
        List<byte[]> pptr = MyAddrs.MyAddrs(family);
        for (byte[] addr : pptr) {
            printf("%s: ", InetNtop(family[0], addr));
            switch (family[0]) {
                case AF_INET: {
                    int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);
                    byte[] ptr = ArpLookup.hardwareAddress(sockfd, SockaddrIn.of(addr, 0));
                    printf("%x:%x:%x:%x:%x:%x\n", ptr[0] & 0xff, ptr[1] & 0xff, ptr[2] & 0xff,
                            ptr[3] & 0xff, ptr[4] & 0xff, ptr[5] & 0xff);
                    break;
                }
                default:
                    throw quit("unsupported address family: %d", family[0]);
            }
        }
    }
}
