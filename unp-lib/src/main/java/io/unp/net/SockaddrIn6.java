package io.unp.net;

import io.unp.abi.Layouts;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * {@code struct sockaddr_in6}: family, port, flow info, IPv6 address and scope id, 28 bytes.
 *
 * <p>As with {@link SockaddrIn}, {@link #sin6Port(int)} takes {@code htons(port)}; the
 * flow info is stored in network byte order and the scope id in host order, as on Linux.
 */
public final class SockaddrIn6 extends SockAddr {
    static final int AF_INET6 = 10;
    /** {@code sizeof(struct sockaddr_in6)}. */
    public static final int SIZE = Layouts.SOCKADDR_IN6_SIZE;

    /** A zeroed {@code sockaddr_in6} with {@code sin6_family = AF_INET6}. */
    public SockaddrIn6() {
        super(SIZE, AF_INET6);
    }

    /** An AF_INET6 address for 16 address bytes and a host-order port. */
    public static SockaddrIn6 of(byte[] address, int port) {
        SockaddrIn6 sin6 = new SockaddrIn6();
        sin6.setAddressBytes(address);
        sin6.setPort(port);
        return sin6;
    }

    /**
     * An AF_INET6 address for a JDK address and a host-order port; an IPv4 address becomes its
     * IPv4-mapped form {@code ::ffff:a.b.c.d}.
     */
    public static SockaddrIn6 of(InetAddress address, int port) {
        byte[] raw = address.getAddress();
        if (raw.length == 4) {
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(raw, 0, mapped, 12, 4);
            raw = mapped;
        }
        SockaddrIn6 sin6 = of(raw, port);
        if (address instanceof Inet6Address) {
            sin6.sin6ScopeId(((Inet6Address) address).getScopeId());
        }
        return sin6;
    }

    /** {@code sin6_port}, network byte order as stored. */
    public int sin6Port() {
        return u16(2);
    }

    /** Sets {@code sin6_port} to a network-order value ({@code htons(port)}). */
    public void sin6Port(int networkOrderPort) {
        u16(2, networkOrderPort);
    }

    /** The port in host byte order. */
    public int port() {
        return portHost();
    }

    /** Sets the port from host byte order. */
    public void setPort(int port) {
        setPortHost(port);
    }

    /** {@code sin6_flowinfo}, in network byte order as stored ({@code ntohl} gives the label). */
    public int sin6FlowInfo() {
        return i32(4);
    }

    /** Sets {@code sin6_flowinfo} to a network-order value ({@code htonl(flowinfo)}). */
    public void sin6FlowInfo(int networkOrderFlowInfo) {
        i32(4, networkOrderFlowInfo);
    }

    /** {@code sin6_scope_id}. */
    public int sin6ScopeId() {
        return i32(24);
    }

    /** Sets {@code sin6_scope_id}. */
    public void sin6ScopeId(int scope) {
        i32(24, scope);
    }

    /** The 16 address bytes (a copy). */
    public byte[] addressBytes() {
        return java.util.Arrays.copyOfRange(bytes, 8, 24);
    }

    /** Sets the 16 address bytes. */
    public void setAddressBytes(byte[] address) {
        if (address.length != 16) {
            throw new IllegalArgumentException("IPv6 address needs 16 bytes, got " + address.length);
        }
        System.arraycopy(address, 0, bytes, 8, 16);
    }

    @Override
    public void clear() {
        super.clear();
        setFamily(AF_INET6);
    }
}
