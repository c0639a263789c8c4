package io.unp.net;

import static io.unp.abi.Layouts.*;

import io.unp.abi.CString;
import io.unp.abi.Constants;
import java.util.Arrays;

/**
 * The link-level address of an interface: Linux's stand-in for BSD's {@code struct sockaddr_dl}
 * (AF_LINK), which the book's routing-socket code reads an interface's index, type, name and
 * hardware address from. Linux has no AF_LINK; this is a {@code struct sockaddr_ll}
 * (AF_PACKET, netpacket/packet.h: {@code sll_ifindex}, {@code sll_hatype}, {@code sll_halen},
 * {@code sll_addr}) followed by the interface name, which {@code sockaddr_ll} lacks. The port
 * of libroute builds one from an RTM_NEWLINK message (index, IFLA_IFNAME, IFLA_ADDRESS); the
 * accessors have the {@code sockaddr_dl} names.
 */
public final class SockaddrDl extends SockAddr {
    /** The sockaddr_ll part, then IFNAMSIZ bytes of name. */
    public static final int SIZE = SOCKADDR_LL_SIZE + Constants.IFNAMSIZ;
    /** {@code sizeof(sll_addr)}: the longest hardware address kept. */
    public static final int ADDR_MAX = 8;

    /** A zeroed address with family AF_PACKET. */
    public SockaddrDl() {
        super(SIZE, Constants.AF_PACKET);
    }

    /**
     * The link address of interface {@code index} of hardware type {@code type} (ARPHRD_),
     * named {@code name} (may be empty), with hardware address {@code addr} (may be empty; at
     * most 8 bytes are kept).
     */
    public static SockaddrDl of(int index, int type, String name, byte[] addr) {
        SockaddrDl sdl = new SockaddrDl();
        sdl.i32(SOCKADDR_LL_SLL_IFINDEX, index);
        sdl.u16(SOCKADDR_LL_SLL_HATYPE, type);
        int alen = Math.min(addr.length, ADDR_MAX);
        sdl.bytes[SOCKADDR_LL_SLL_HALEN] = (byte) alen;
        System.arraycopy(addr, 0, sdl.bytes, SOCKADDR_LL_SLL_ADDR, alen);
        Structs.putName(sdl.bytes, SOCKADDR_LL_SIZE, name);
        return sdl;
    }

    /** {@code sdl_index} ({@code sll_ifindex}): the interface index. */
    public int sdlIndex() {
        return i32(SOCKADDR_LL_SLL_IFINDEX);
    }

    /** {@code sdl_type} ({@code sll_hatype}): the ARPHRD_ hardware type. */
    public int sdlType() {
        return u16(SOCKADDR_LL_SLL_HATYPE);
    }

    /** {@code sdl_nlen}: the length of the name. */
    public int sdlNlen() {
        return CString.bytes(name()).length;
    }

    /** {@code sdl_alen} ({@code sll_halen}): the length of the hardware address, 0 if none. */
    public int sdlAlen() {
        return bytes[SOCKADDR_LL_SLL_HALEN] & 0xff;
    }

    /** The interface name ({@code sdl_data[0..sdl_nlen)}). */
    public String name() {
        return Structs.name(bytes, SOCKADDR_LL_SIZE);
    }

    /** The hardware address ({@code LLADDR(sdl)}, {@code sdl_alen} bytes; a copy). */
    public byte[] lladdr() {
        return Arrays.copyOfRange(bytes, SOCKADDR_LL_SLL_ADDR, SOCKADDR_LL_SLL_ADDR + sdlAlen());
    }
}
