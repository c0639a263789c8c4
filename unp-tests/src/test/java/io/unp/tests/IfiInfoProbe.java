package io.unp.tests;

import io.unp.lib.IfiInfo;
import io.unp.lib.SockNtop;
import io.unp.abi.Constants;

/**
 * Run in a namespace by {@link Chapter16IoctlTest}: prints every field of each entry that
 * {@code get_ifi_info(family, doaliases)} returns, one line per entry, including those the
 * book's prifinfo does not print (index, MTU):
 * {@code name index mtu haddr flags myflags addr brdaddr dstaddr} ({@code -} for none).
 */
public final class IfiInfoProbe {
    private IfiInfoProbe() {}

    public static void main(String[] args) {
        int family = args[0].equals("inet6") ? Constants.AF_INET6 : Constants.AF_INET;
        IfiInfo head = IfiInfo.getIfiInfo(family, Integer.parseInt(args[1]));
        for (IfiInfo ifi = head; ifi != null; ifi = ifi.ifiNext()) {
            StringBuilder mac = new StringBuilder();
            for (byte b : ifi.ifiHaddr()) {
                mac.append(mac.length() == 0 ? "" : ":").append(String.format("%02x", b & 0xff));
            }
            System.out.printf("%s %d %d %s %d %d %s %s %s%n", ifi.ifiName(), ifi.ifiIndex(), ifi.ifiMtu(),
                    mac.length() == 0 ? "-" : mac, ifi.ifiFlags(), ifi.ifiMyflags(),
                    ifi.ifiAddr() == null ? "-" : SockNtop.sockNtopHost(ifi.ifiAddr()),
                    ifi.ifiBrdaddr() == null ? "-" : SockNtop.sockNtopHost(ifi.ifiBrdaddr()),
                    ifi.ifiDstaddr() == null ? "-" : SockNtop.sockNtopHost(ifi.ifiDstaddr()));
        }
        IfiInfo.freeIfiInfo(head);
    }
}
