package io.unp.net;

import static io.unp.abi.Layouts.*;

import java.util.Arrays;

/**
 * {@code struct ifreq} (net/if.h), 40 bytes on Linux x86_64 and aarch64: an interface name
 * ({@code ifr_name}, IFNAMSIZ bytes) and a union that a request fills with an address, the
 * flags, the MTU, the hardware address or the index. The accessors are named after C's
 * {@code ifr_*} macros; each reads or writes the union in place, as C does.
 */
public final class IfReq implements IoctlArg {
    /** {@code sizeof(struct ifreq)}: also the stride between the entries of SIOCGIFCONF's answer on Linux. */
    public static final int SIZE = IFREQ_SIZE;

    private final byte[] bytes;

    /** A zeroed {@code ifreq}. */
    public IfReq() {
        bytes = new byte[SIZE];
    }

    /** A zeroed {@code ifreq} naming the interface {@code name}. */
    public IfReq(String name) {
        this();
        ifrName(name);
    }

    /** A copy of the {@code ifreq} at {@code off} of {@code buf} (an entry of SIOCGIFCONF's answer). */
    public static IfReq at(byte[] buf, int off) {
        IfReq r = new IfReq();
        System.arraycopy(buf, off, r.bytes, 0, SIZE);
        return r;
    }

    /** A copy ({@code ifrcopy = *ifr}). */
    public IfReq copy() {
        return at(bytes, 0);
    }

    @Override
    public byte[] bytes() {
        return bytes;
    }

    /** {@code ifr_name}: the interface name up to its NUL ({@code "eth0"}, or an alias label {@code "eth0:1"}). */
    public String ifrName() {
        return Structs.name(bytes, IFREQ_IFR_NAME);
    }

    /** Sets {@code ifr_name} (at most IFNAMSIZ-1 bytes are kept). */
    public IfReq ifrName(String name) {
        Structs.putName(bytes, IFREQ_IFR_NAME, name);
        return this;
    }

    /** {@code ifr_addr}: a {@link SockaddrIn} for AF_INET, else the 16 bytes of the sockaddr. */
    public SockAddr ifrAddr() {
        return Structs.sockaddrAt(bytes, IFREQ_IFR_ADDR);
    }

    /** Sets {@code ifr_addr} (its first 16 bytes). */
    public IfReq ifrAddr(SockAddr sa) {
        Structs.putSockaddr(bytes, IFREQ_IFR_ADDR, sa);
        return this;
    }

    /** {@code ifr_addr.sa_family}. */
    public int ifrAddrFamily() {
        return HostOrder.u16(bytes, IFREQ_IFR_ADDR);
    }

    /** {@code ifr_broadaddr}, as SIOCGIFBRDADDR fills it. */
    public SockAddr ifrBroadaddr() {
        return Structs.sockaddrAt(bytes, IFREQ_IFR_BROADADDR);
    }

    /** {@code ifr_dstaddr}, as SIOCGIFDSTADDR fills it. */
    public SockAddr ifrDstaddr() {
        return Structs.sockaddrAt(bytes, IFREQ_IFR_DSTADDR);
    }

    /** {@code ifr_netmask}, as SIOCGIFNETMASK fills it. */
    public SockAddr ifrNetmask() {
        return Structs.sockaddrAt(bytes, IFREQ_IFR_NETMASK);
    }

    /** {@code ifr_flags}: the IFF_ flags (a C {@code short}, read unsigned). */
    public int ifrFlags() {
        return HostOrder.u16(bytes, IFREQ_IFR_FLAGS);
    }

    /** Sets {@code ifr_flags}. */
    public IfReq ifrFlags(int flags) {
        HostOrder.u16(bytes, IFREQ_IFR_FLAGS, flags);
        return this;
    }

    /** {@code ifr_mtu}. */
    public int ifrMtu() {
        return HostOrder.i32(bytes, IFREQ_IFR_MTU);
    }

    /** {@code ifr_ifindex}. */
    public int ifrIfindex() {
        return HostOrder.i32(bytes, IFREQ_IFR_IFINDEX);
    }

    /** {@code ifr_hwaddr.sa_family}: the hardware type (ARPHRD_ETHER ...), as SIOCGIFHWADDR fills it. */
    public int ifrHwaddrFamily() {
        return HostOrder.u16(bytes, IFREQ_IFR_HWADDR);
    }

    /** {@code ifr_hwaddr.sa_data}: the hardware address and what follows it (14 bytes, a copy). */
    public byte[] ifrHwaddrData() {
        int from = IFREQ_IFR_HWADDR + SOCKADDR_SA_DATA;
        return Arrays.copyOfRange(bytes, from, IFREQ_IFR_HWADDR + SOCKADDR_SIZE);
    }

    @Override
    public String toString() {
        return "ifreq[" + ifrName() + "]";
    }
}
