package io.unp.net;

/**
 * {@code struct addrinfo}: one answer of {@code getaddrinfo}, or the hints given to it.
 *
 * <p>C's {@code ai_next} chain is a Java {@code List<AddrInfo>} in the same order;
 * {@code ai_addrlen} is {@code aiAddr.len()}. As hints, only {@link #aiFlags},
 * {@link #aiFamily}, {@link #aiSocktype} and {@link #aiProtocol} are used; the others must be
 * null, as C requires them zero. {@link #aiAddr} belongs to the record's holder: the record
 * hands out a copy, so a caller may change the address it gets without changing the answer.
 *
 * @param aiFlags AI_PASSIVE, AI_CANONNAME, ... ({@code ai_flags})
 * @param aiFamily AF_INET, AF_INET6 or AF_UNSPEC ({@code ai_family})
 * @param aiSocktype SOCK_STREAM, SOCK_DGRAM, SOCK_RAW or 0 ({@code ai_socktype})
 * @param aiProtocol IPPROTO_TCP, IPPROTO_UDP or 0 ({@code ai_protocol})
 * @param aiAddr the socket address, with its length ({@code ai_addr}, {@code ai_addrlen})
 * @param aiCanonname the canonical name ({@code ai_canonname}): set only in the first answer,
 *     and only when AI_CANONNAME was asked for; else null
 */
public record AddrInfo(int aiFlags, int aiFamily, int aiSocktype, int aiProtocol, SockAddr aiAddr,
        String aiCanonname) {
    public AddrInfo {
        aiAddr = aiAddr == null ? null : aiAddr.copy();
    }

    /** Hints, as C code fills a zeroed {@code struct addrinfo}: flags, family, socket type. */
    public static AddrInfo hints(int flags, int family, int socktype) {
        return new AddrInfo(flags, family, socktype, 0, null, null);
    }

    /** Hints with a protocol as well. */
    public static AddrInfo hints(int flags, int family, int socktype, int protocol) {
        return new AddrInfo(flags, family, socktype, protocol, null, null);
    }

    /** A copy of {@code ai_addr} (null for hints). */
    @Override
    public SockAddr aiAddr() {
        return aiAddr == null ? null : aiAddr.copy();
    }

    /** {@code ai_addrlen}: 0 for hints. */
    public int aiAddrlen() {
        return aiAddr == null ? 0 : aiAddr.len();
    }
}
