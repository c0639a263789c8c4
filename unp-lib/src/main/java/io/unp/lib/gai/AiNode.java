package io.unp.lib.gai;

import io.unp.net.AddrInfo;
import io.unp.net.SockAddr;

/**
 * One {@code struct addrinfo} while the book's getaddrinfo builds its list: the C code fills
 * the fields in several passes (the host loop, then the port for each socket type), so this is
 * mutable; {@link #toAddrInfo()} gives the finished, immutable answer.
 */
final class AiNode {
    /**
     * The book's internal flag marking an entry made while the caller gave no socket type:
     * {@code ga_port} gives it each socket type the service has, cloning it for the second.
     * The book's value 4 is glibc's AI_NUMERICHOST; here it never leaves the library.
     */
    static final int AI_CLONE = 4;

    int aiFlags;
    int aiFamily;
    int aiSocktype;
    int aiProtocol;
    SockAddr aiAddr;
    String aiCanonname;

    /**
     * The answer as the caller sees it. The book leaves AI_CLONE set in {@code ai_flags} of the
     * entries it returns; that bit would read as AI_NUMERICHOST here, so it is cleared (the book
     * sets no other flag in its answers).
     */
    AddrInfo toAddrInfo() {
        return new AddrInfo(aiFlags & ~AI_CLONE, aiFamily, aiSocktype, aiProtocol, aiAddr, aiCanonname);
    }
}
