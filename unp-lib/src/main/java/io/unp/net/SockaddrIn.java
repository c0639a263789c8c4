package io.unp.net;

import io.unp.abi.Layouts;
import java.net.InetAddress;

/**
 * {@code struct sockaddr_in}: family, port and IPv4 address, 16 bytes.
 *
 * <p>Accessors with C's field names keep C's byte order: {@link #sinPort(int)} takes the
 * value of {@code htons(port)}, exactly as {@code servaddr.sin_port = htons(13)} does, and
 * {@link #sinAddr(int)} the value of {@code htonl(addr)}. {@link #of(InetAddress, int)} and
 * {@link #port()} are the Java-friendly shortcuts.
 */
public final class SockaddrIn extends SockAddr {
    static final int AF_INET = 2;
    /** {@code sizeof(struct sockaddr_in)}. */
    public static final int SIZE = Layouts.SOCKADDR_IN_SIZE;

    /** A zeroed {@code sockaddr_in} with {@code sin_family = AF_INET}. */
    public SockaddrIn() {
        super(SIZE, AF_INET);
    }

    /** An AF_INET address for {@code address} (4 bytes, network order) and a host-order port. */
    public static SockaddrIn of(byte[] address, int port) {
        if (address.length != 4) {
            throw new IllegalArgumentException("IPv4 address needs 4 bytes, got " + address.length);
        }
        SockaddrIn sin = new SockaddrIn();
        sin.setPort(port);
        System.arraycopy(address, 0, sin.bytes, 4, 4);
        return sin;
    }

    /** An AF_INET address for a JDK IPv4 address and a host-order port. */
    public static SockaddrIn of(InetAddress address, int port) {
        return of(address.getAddress(), port);
    }

    /** {@code sin_port}, in network byte order as stored. */
    public int sinPort() {
        return u16(2);
    }

    /** Sets {@code sin_port} to a value already in network byte order ({@code htons(port)}). */
    public void sinPort(int networkOrderPort) {
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

    /** {@code sin_addr.s_addr}, in network byte order as stored. */
    public int sinAddr() {
        return i32(4);
    }

    /** Sets {@code sin_addr.s_addr} to a value in network byte order ({@code htonl(INADDR_ANY)}). */
    public void sinAddr(int networkOrderAddr) {
        i32(4, networkOrderAddr);
    }

    /** The four address bytes, network order (a copy). */
    public byte[] addressBytes() {
        return java.util.Arrays.copyOfRange(bytes, 4, 8);
    }

    /** Sets the four address bytes, network order. */
    public void setAddressBytes(byte[] address) {
        if (address.length != 4) {
            throw new IllegalArgumentException("IPv4 address needs 4 bytes, got " + address.length);
        }
        System.arraycopy(address, 0, bytes, 4, 4);
    }

    @Override
    public void clear() {
        super.clear();
        setFamily(AF_INET);
    }
}
