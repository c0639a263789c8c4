package io.unp.net;

import io.unp.abi.Constants;
import io.unp.abi.Layouts;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * {@code struct in6_pktinfo} (section 20.8): the data of an {@code IPV6_PKTINFO} control
 * message. Received (after {@code IPV6_RECVPKTINFO}), it gives a datagram's destination address
 * ({@code ipi6_addr}) and the index of the interface it arrived on ({@code ipi6_ifindex});
 * sent with {@code sendmsg}, it chooses the datagram's source address (:: for the kernel's
 * choice) and the interface it leaves by (0 for the route's).
 */
public final class In6Pktinfo {
    /** {@code sizeof(struct in6_pktinfo)}. */
    public static final int SIZE = Layouts.IN6_PKTINFO_SIZE;

    private final byte[] ipi6Addr = new byte[16];
    private int ipi6Ifindex;

    /** All zero: address ::, interface 0 (none). */
    public In6Pktinfo() {}

    /** {@code addr} (16 bytes, or null for ::) and {@code ifindex}, as sent with {@code sendmsg}. */
    public In6Pktinfo(byte[] addr, int ifindex) {
        if (addr != null) {
            System.arraycopy(addr, 0, ipi6Addr, 0, 16);
        }
        ipi6Ifindex = ifindex;
    }

    /** {@code ipi6_addr} (a copy). */
    public byte[] ipi6Addr() {
        return ipi6Addr.clone();
    }

    /** {@code ipi6_ifindex}. */
    public int ipi6Ifindex() {
        return ipi6Ifindex;
    }

    /** {@code bzero}: ::, interface 0. */
    public In6Pktinfo clear() {
        Arrays.fill(ipi6Addr, (byte) 0);
        ipi6Ifindex = 0;
        return this;
    }

    /**
     * Fills this structure from an {@code IPPROTO_IPV6}/{@code IPV6_PKTINFO} control message.
     *
     * @throws IllegalArgumentException if {@code cmsg} is another kind of message or too short
     */
    public In6Pktinfo set(Cmsg cmsg) {
        if (cmsg.level() != Constants.IPPROTO_IPV6 || cmsg.type() != Constants.IPV6_PKTINFO || cmsg.dataLen() < SIZE) {
            throw new IllegalArgumentException("not an IPV6_PKTINFO control message: " + cmsg);
        }
        cmsg.getData(Layouts.IN6_PKTINFO_IPI6_ADDR, ipi6Addr, 0, 16);
        ipi6Ifindex = cmsg.dataInt(Layouts.IN6_PKTINFO_IPI6_IFINDEX / Integer.BYTES);
        return this;
    }

    /** The structure's bytes, as the data of a control message. */
    public byte[] bytes() {
        ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.nativeOrder());
        b.put(Layouts.IN6_PKTINFO_IPI6_ADDR, ipi6Addr);
        b.putInt(Layouts.IN6_PKTINFO_IPI6_IFINDEX, ipi6Ifindex);
        return b.array();
    }

    @Override
    public String toString() {
        return "in6_pktinfo[addr=" + Inet.inetNtop(Constants.AF_INET6, ipi6Addr) + ", ifindex=" + ipi6Ifindex + "]";
    }
}
