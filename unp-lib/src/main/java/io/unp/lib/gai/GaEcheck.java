package io.unp.lib.gai;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.AF_LOCAL;
import static io.unp.abi.Constants.AF_UNSPEC;
import static io.unp.abi.Constants.AI_CANONNAME;
import static io.unp.abi.Constants.AI_PASSIVE;
import static io.unp.abi.Constants.EAI_BADFLAGS;
import static io.unp.abi.Constants.EAI_FAMILY;
import static io.unp.abi.Constants.EAI_NONAME;
import static io.unp.abi.Constants.EAI_SOCKTYPE;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOCK_RAW;
import static io.unp.abi.Constants.SOCK_STREAM;

/** {@code ga_echeck} ({@code libgai/ga_echeck.c}): the checks of the hints before any lookup. */
final class GaEcheck {
    private GaEcheck() {}

    /**
     * {@code ga_echeck}: 0 if the arguments may be looked up, else the EAI_* code.
     *
     * <p>The book knows only AI_PASSIVE and AI_CANONNAME: any other flag, AI_NUMERICHOST
     * included, is EAI_BADFLAGS. A socket type is checked only when a family is given
     * (AF_INET and AF_INET6: stream, datagram or raw; AF_LOCAL: stream or datagram).
     */
    static int gaEcheck(String hostname, String servname, int flags, int family, int socktype, int protocol) {
        if ((flags & ~(AI_PASSIVE | AI_CANONNAME)) != 0) {
            return EAI_BADFLAGS;
        }
        if (Libgai.isEmpty(hostname) && Libgai.isEmpty(servname)) {
            return EAI_NONAME; // one of the two is needed
        }
        switch (family) {
            case AF_UNSPEC:
                break;
            case AF_INET:
            case AF_INET6:
                if (socktype != 0 && socktype != SOCK_STREAM && socktype != SOCK_DGRAM && socktype != SOCK_RAW) {
                    return EAI_SOCKTYPE;
                }
                break;
            case AF_LOCAL:
                if (socktype != 0 && socktype != SOCK_STREAM && socktype != SOCK_DGRAM) {
                    return EAI_SOCKTYPE;
                }
                break;
            default:
                return EAI_FAMILY;
        }
        return 0;
    }
}
