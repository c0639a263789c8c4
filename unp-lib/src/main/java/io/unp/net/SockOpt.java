package io.unp.net;

import io.unp.abi.Timeval;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * One socket option of the book's chapter 7 ({@code getsockopt(2)}/{@code setsockopt(2)}):
 * its book name, its level and Linux option number, and how its value of type {@code T} is laid
 * out in memory.
 *
 * <p>The constants live in one class per level: {@link SolSocket}, {@link IpProto},
 * {@link Ipv6Proto}, {@link Icmp6Proto}, {@link TcpProto}. Use them with
 * {@code Sys.getsockopt(fd, SolSocket.SO_LINGER)} and {@code Sys.setsockopt(fd, opt, value)};
 * the raw path ({@code Sys.getsockopt(fd, level, optname, byte[])}) stays available, and
 * {@link #encode}/{@link #decode} convert between it and the typed value.
 *
 * <p>An option the book names that Linux does not have is still a constant here, so a program
 * can list it: {@link #onLinux()} is false, {@link #linuxNote()} says what Linux offers instead,
 * and the typed calls fail with {@code ENOPROTOOPT} without asking the kernel. Flags
 * ({@code int} options that are on when non-zero) are {@link Boolean}s; options whose layout
 * varies (IP options, extension headers, the ICMPv6 filter) are raw {@code byte[]}.
 */
public final class SockOpt<T> {
    private static final int NONE = -1;

    private final String name;
    private final int level;
    private final int optname;
    private final Codec<T> codec;
    private final String linuxNote;

    private SockOpt(String name, int level, int optname, Codec<T> codec, String linuxNote) {
        this.name = name;
        this.level = level;
        this.optname = optname;
        this.codec = codec;
        this.linuxNote = linuxNote;
    }

    /** The option's name in the book ({@code "SO_RCVBUF"}). */
    public String name() {
        return name;
    }

    /** The level ({@code SOL_SOCKET}, {@code IPPROTO_IP}, ...). */
    public int level() {
        return level;
    }

    /**
     * The Linux option number.
     *
     * @throws UnsupportedOperationException if Linux has no such option
     */
    public int optname() {
        if (!onLinux()) {
            throw new UnsupportedOperationException(name + " is not on Linux: " + linuxNote);
        }
        return optname;
    }

    /** False for the book's options that Linux does not have (SO_USELOOPBACK, TCP_MAXRT ...). */
    public boolean onLinux() {
        return optname != NONE;
    }

    /**
     * Where Linux differs: the Linux name the option maps to ({@code TCP_KEEPALIVE} is
     * {@code TCP_KEEPIDLE}), or what Linux offers instead of a missing option; empty if nothing.
     */
    public String linuxNote() {
        return linuxNote;
    }

    /** The Java type of the value. */
    public Class<T> type() {
        return codec.type();
    }

    /** The bytes to hand to {@code getsockopt}: the size of the C value, or its maximum. */
    public int capacity() {
        return codec.capacity();
    }

    /** The value as {@code setsockopt} takes it: native byte order, addresses in network order. */
    public byte[] encode(T value) {
        return codec.encode(Objects.requireNonNull(value, name));
    }

    /**
     * The value from the first {@code optlen} bytes that {@code getsockopt} filled in.
     *
     * @throws IllegalArgumentException if {@code optlen} is not the size of a fixed-size value
     */
    public T decode(byte[] optval, int optlen) {
        if (codec.fixed() && optlen != codec.capacity()) {
            throw new IllegalArgumentException(String.format("%s: size (%d) not sizeof(%s)",
                    name, optlen, codec.cName()));
        }
        return codec.decode(ByteBuffer.wrap(optval, 0, optlen).order(ByteOrder.nativeOrder()), optlen);
    }

    @Override
    public String toString() {
        return name;
    }

    // ---- the kinds of option, used by the level classes

    /** An {@code int} option that is on when non-zero. */
    static SockOpt<Boolean> flag(String name, int level, int optname) {
        return new SockOpt<>(name, level, optname, FLAG, "");
    }

    /** A flag option that Linux knows by another name or number. */
    static SockOpt<Boolean> flag(String name, int level, int optname, String linuxNote) {
        return new SockOpt<>(name, level, optname, FLAG, linuxNote);
    }

    /** An {@code int} option. */
    static SockOpt<Integer> integer(String name, int level, int optname) {
        return new SockOpt<>(name, level, optname, INT, "");
    }

    /** An {@code int} option that Linux knows by another name or number. */
    static SockOpt<Integer> integer(String name, int level, int optname, String linuxNote) {
        return new SockOpt<>(name, level, optname, INT, linuxNote);
    }

    /** A {@code struct linger} option. */
    static SockOpt<Linger> linger(String name, int level, int optname) {
        return new SockOpt<>(name, level, optname, LINGER, "");
    }

    /** A {@code struct timeval} option. */
    static SockOpt<Timeval> timeval(String name, int level, int optname) {
        return new SockOpt<>(name, level, optname, TIMEVAL, "");
    }

    /** A {@code struct in_addr} option. */
    static SockOpt<Inet4Address> inAddr(String name, int level, int optname) {
        return new SockOpt<>(name, level, optname, IN_ADDR, "");
    }

    /** A {@code struct ip_mreq} option. */
    static SockOpt<IpMreq> ipMreq(String name, int level, int optname) {
        return new SockOpt<>(name, level, optname, IP_MREQ, "");
    }

    /** A {@code struct ipv6_mreq} option. */
    static SockOpt<Ipv6Mreq> ipv6Mreq(String name, int level, int optname, String linuxNote) {
        return new SockOpt<>(name, level, optname, IPV6_MREQ, linuxNote);
    }

    /** A {@code struct sockaddr_in6} option. */
    static SockOpt<SockaddrIn6> sockaddrIn6(String name, int level, int optname) {
        return new SockOpt<>(name, level, optname, SOCKADDR_IN6, "");
    }

    /** A {@code struct icmp6_filter} option. */
    static SockOpt<Icmp6Filter> icmp6Filter(String name, int level, int optname) {
        return new SockOpt<>(name, level, optname, ICMP6_FILTER, "");
    }

    /** A {@code struct ucred} option (Linux's SO_PEERCRED). */
    static SockOpt<io.unp.abi.Ucred> ucred(String name, int level, int optname) {
        return new SockOpt<>(name, level, optname, UCRED, "");
    }

    /** An option of up to {@code max} raw bytes. */
    static SockOpt<byte[]> bytes(String name, int level, int optname, int max, String linuxNote) {
        return new SockOpt<>(name, level, optname, new Bytes(max), linuxNote);
    }

    /** One of the book's options that Linux lacks; {@code linuxNote} says what to use instead. */
    static <T> SockOpt<T> missing(String name, int level, SockOpt<T> like, String linuxNote) {
        return new SockOpt<>(name, level, NONE, like.codec, linuxNote);
    }

    // ---- layouts

    /** How a value of type {@code T} is laid out in the option's bytes. */
    private interface Codec<T> {
        Class<T> type();

        String cName();

        int capacity();

        boolean fixed();

        byte[] encode(T value);

        T decode(ByteBuffer b, int len);
    }

    private abstract static class Fixed<T> implements Codec<T> {
        private final Class<T> type;
        private final String cName;
        private final int size;

        Fixed(Class<T> type, String cName, int size) {
            this.type = type;
            this.cName = cName;
            this.size = size;
        }

        @Override
        public Class<T> type() {
            return type;
        }

        @Override
        public String cName() {
            return cName;
        }

        @Override
        public int capacity() {
            return size;
        }

        @Override
        public boolean fixed() {
            return true;
        }

        @Override
        public byte[] encode(T value) {
            ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.nativeOrder());
            put(b, value);
            return b.array();
        }

        abstract void put(ByteBuffer b, T value);
    }

    private static final Codec<Boolean> FLAG = new Fixed<>(Boolean.class, "int", Integer.BYTES) {
        @Override
        void put(ByteBuffer b, Boolean on) {
            b.putInt(on ? 1 : 0);
        }

        @Override
        public Boolean decode(ByteBuffer b, int len) {
            return b.getInt() != 0;
        }
    };

    private static final Codec<Integer> INT = new Fixed<>(Integer.class, "int", Integer.BYTES) {
        @Override
        void put(ByteBuffer b, Integer v) {
            b.putInt(v);
        }

        @Override
        public Integer decode(ByteBuffer b, int len) {
            return b.getInt();
        }
    };

    private static final Codec<Linger> LINGER = new Fixed<>(Linger.class, "struct linger", Linger.SIZE) {
        @Override
        void put(ByteBuffer b, Linger l) {
            b.putInt(l.lOnoff()).putInt(l.lLinger());
        }

        @Override
        public Linger decode(ByteBuffer b, int len) {
            return new Linger(b.getInt(), b.getInt());
        }
    };

    private static final Codec<Timeval> TIMEVAL = new Fixed<>(Timeval.class, "struct timeval", Timeval.SIZE) {
        @Override
        void put(ByteBuffer b, Timeval tv) {
            b.putLong(tv.tvSec()).putLong(tv.tvUsec());
        }

        @Override
        public Timeval decode(ByteBuffer b, int len) {
            return new Timeval(b.getLong(), b.getLong());
        }
    };

    private static final Codec<Inet4Address> IN_ADDR = new Fixed<>(Inet4Address.class, "struct in_addr", 4) {
        @Override
        void put(ByteBuffer b, Inet4Address a) {
            b.put(a.getAddress());
        }

        @Override
        public Inet4Address decode(ByteBuffer b, int len) {
            return (Inet4Address) address(b, 4);
        }
    };

    private static final Codec<IpMreq> IP_MREQ = new Fixed<>(IpMreq.class, "struct ip_mreq", IpMreq.SIZE) {
        @Override
        void put(ByteBuffer b, IpMreq m) {
            b.put(m.imrMultiaddr().getAddress()).put(m.imrInterface().getAddress());
        }

        @Override
        public IpMreq decode(ByteBuffer b, int len) {
            return new IpMreq((Inet4Address) address(b, 4), (Inet4Address) address(b, 4));
        }
    };

    private static final Codec<Ipv6Mreq> IPV6_MREQ = new Fixed<>(Ipv6Mreq.class, "struct ipv6_mreq", Ipv6Mreq.SIZE) {
        @Override
        void put(ByteBuffer b, Ipv6Mreq m) {
            b.put(m.ipv6mrMultiaddr().getAddress()).putInt(m.ipv6mrInterface());
        }

        @Override
        public Ipv6Mreq decode(ByteBuffer b, int len) {
            return new Ipv6Mreq(inet6(b), b.getInt());
        }
    };

    private static final Codec<SockaddrIn6> SOCKADDR_IN6 =
            new Fixed<>(SockaddrIn6.class, "struct sockaddr_in6", SockaddrIn6.SIZE) {
                @Override
                void put(ByteBuffer b, SockaddrIn6 sa) {
                    b.put(sa.bytes(), 0, SockaddrIn6.SIZE);
                }

                @Override
                public SockaddrIn6 decode(ByteBuffer b, int len) {
                    SockaddrIn6 sa = new SockaddrIn6();
                    b.get(sa.bytes(), 0, SockaddrIn6.SIZE);
                    return sa;
                }
            };

    private static final Codec<Icmp6Filter> ICMP6_FILTER =
            new Fixed<>(Icmp6Filter.class, "struct icmp6_filter", Icmp6Filter.SIZE) {
                @Override
                void put(ByteBuffer b, Icmp6Filter f) {
                    for (int w : f.words()) {
                        b.putInt(w);
                    }
                }

                @Override
                public Icmp6Filter decode(ByteBuffer b, int len) {
                    int[] w = new int[Icmp6Filter.SIZE / Integer.BYTES];
                    for (int i = 0; i < w.length; i++) {
                        w[i] = b.getInt();
                    }
                    return Icmp6Filter.of(w);
                }
            };

    private static final Codec<io.unp.abi.Ucred> UCRED =
            new Fixed<>(io.unp.abi.Ucred.class, "struct ucred", io.unp.abi.Ucred.SIZE) {
                @Override
                void put(ByteBuffer b, io.unp.abi.Ucred c) {
                    b.putInt(c.pid()).putInt(c.uid()).putInt(c.gid());
                }

                @Override
                public io.unp.abi.Ucred decode(ByteBuffer b, int len) {
                    return new io.unp.abi.Ucred(b.getInt(), b.getInt(), b.getInt());
                }
            };

    /** Raw bytes, up to a maximum: the value is exactly what the kernel returned. */
    private static final class Bytes implements Codec<byte[]> {
        private final int max;

        Bytes(int max) {
            this.max = max;
        }

        @Override
        public Class<byte[]> type() {
            return byte[].class;
        }

        @Override
        public String cName() {
            return "bytes";
        }

        @Override
        public int capacity() {
            return max;
        }

        @Override
        public boolean fixed() {
            return false;
        }

        @Override
        public byte[] encode(byte[] value) {
            return value.clone();
        }

        @Override
        public byte[] decode(ByteBuffer b, int len) {
            byte[] out = new byte[len];
            b.get(out);
            return out;
        }
    }

    private static InetAddress address(ByteBuffer b, int n) {
        byte[] a = new byte[n];
        b.get(a);
        try {
            return InetAddress.getByAddress(a); // no name lookup: the address is given
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // only for a wrong length
        }
    }

    private static Inet6Address inet6(ByteBuffer b) {
        byte[] a = new byte[16];
        b.get(a);
        try {
            // getByAddress would turn an IPv4-mapped address into an Inet4Address
            return Inet6Address.getByAddress(null, a, -1);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
