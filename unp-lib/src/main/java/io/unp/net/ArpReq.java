package io.unp.net;

import static io.unp.abi.Layouts.*;

import java.util.Arrays;

/**
 * {@code struct arpreq} (net/if_arp.h), 68 bytes: the protocol address {@code arp_pa} to look
 * up, the hardware address {@code arp_ha} the kernel answers with, {@code arp_flags}, and
 * {@code arp_dev}, the interface: Linux's SIOCGARP needs it (ENODEV without it), the book's
 * BSD has no such field.
 */
public final class ArpReq implements IoctlArg {
    /** {@code sizeof(struct arpreq)}. */
    public static final int SIZE = ARPREQ_SIZE;

    private final byte[] bytes = new byte[SIZE];

    @Override
    public byte[] bytes() {
        return bytes;
    }

    /** Zeroes the structure ({@code bzero(&arpreq, sizeof(arpreq))}). */
    public ArpReq clear() {
        Arrays.fill(bytes, (byte) 0);
        return this;
    }

    /** {@code arp_pa}: the protocol (IPv4) address. */
    public SockAddr arpPa() {
        return Structs.sockaddrAt(bytes, ARPREQ_ARP_PA);
    }

    /** Sets {@code arp_pa}. */
    public ArpReq arpPa(SockAddr sa) {
        Structs.putSockaddr(bytes, ARPREQ_ARP_PA, sa);
        return this;
    }

    /** {@code arp_ha.sa_family}: the hardware type (ARPHRD_ETHER). */
    public int arpHaFamily() {
        return HostOrder.u16(bytes, ARPREQ_ARP_HA);
    }

    /** {@code arp_ha.sa_data}: the hardware address and what follows it (14 bytes, a copy). */
    public byte[] arpHaData() {
        return Arrays.copyOfRange(bytes, ARPREQ_ARP_HA + SOCKADDR_SA_DATA, ARPREQ_ARP_HA + SOCKADDR_SIZE);
    }

    /** {@code arp_flags} (ATF_COM: complete, ATF_PERM: permanent ...). */
    public int arpFlags() {
        return HostOrder.i32(bytes, ARPREQ_ARP_FLAGS);
    }

    /** {@code arp_dev}: the interface name. */
    public String arpDev() {
        return Structs.name(bytes, ARPREQ_ARP_DEV);
    }

    /** Sets {@code arp_dev}. */
    public ArpReq arpDev(String name) {
        Structs.putName(bytes, ARPREQ_ARP_DEV, name);
        return this;
    }
}
