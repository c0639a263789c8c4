package io.unp.examples.ioctl;

import static io.unp.abi.Constants.AF_INET;

import io.unp.abi.Errno;
import io.unp.lib.Err;
import io.unp.lib.IfIndex;
import io.unp.lib.IfNameindex;
import io.unp.lib.IfiInfo;
import io.unp.net.ArpReq;
import io.unp.net.Ioctls;
import io.unp.net.SockaddrIn;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.util.Arrays;

/**
 * prmac's {@code Ioctl(sockfd, SIOCGARP, &arpreq)} on Linux.
 *
 * <ol>
 *   <li>Linux looks an ARP entry up per interface: {@code arp_dev} must name it. The book's
 *       {@code arpreq} has no such field; here each interface is tried in turn (ENXIO: no entry
 *       there).
 *   <li>The book's BSD keeps a permanent ARP entry for each of the host's own addresses, so
 *       prmac prints the host's own hardware addresses. Linux keeps none; for an address of
 *       this host, the hardware address of the interface that has it is printed instead
 *       (SIOCGIFHWADDR, through {@code get_ifi_info}), which is what BSD's entry holds.
 *   <li>Otherwise, as the C's {@code Ioctl}: {@code ioctl error: No such device or address}.
 * </ol>
 */
final class ArpLookup {
    private ArpLookup() {}

    /** The six bytes of {@code arp_ha.sa_data} for {@code sin}, or the end of the program. */
    static byte[] hardwareAddress(int sockfd, SockaddrIn sin) {
        ArpReq arpreq = new ArpReq();
        arpreq.arpPa(sin);
        int err = Errno.ENXIO.code();
        for (IfNameindex ifp : IfIndex.IfNameindex()) {
            arpreq.arpDev(ifp.ifName());
            try {
                Sys.ioctl(sockfd, Ioctls.SIOCGARP, arpreq);
                return arpreq.arpHaData();
            } catch (ErrnoException e) {
                if (!e.is(Errno.ENXIO) && !e.is(Errno.ENODEV)) {
                    err = e.code();
                    break;
                }
            }
        }
        for (IfiInfo ifi = IfiInfo.getIfiInfo(AF_INET, 1); ifi != null; ifi = ifi.ifiNext()) {
            if (ifi.ifiHlen() >= 6 && ifi.ifiAddr() != null
                    && Arrays.equals(ifi.ifiAddr().asIn().addressBytes(), sin.addressBytes())) {
                return ifi.ifiHaddr();
            }
        }
        Sys.setErrno(err);
        throw Err.sys("ioctl error");
    }
}
