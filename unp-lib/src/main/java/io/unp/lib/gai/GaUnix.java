package io.unp.lib.gai;

import static io.unp.abi.Constants.AF_LOCAL;
import static io.unp.abi.Constants.AF_UNSPEC;
import static io.unp.abi.Constants.AI_CANONNAME;
import static io.unp.abi.Constants.EAI_ADDRFAMILY;
import static io.unp.abi.Constants.EAI_SYSTEM;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.net.AddrInfo;
import io.unp.sys.ErrnoException;
import java.util.List;

/**
 * {@code ga_unix} ({@code libgai/ga_unix.c}): the book's Unix domain extension, where the host
 * {@code "/local"} or {@code "/unix"} and a service that is an absolute path give AF_LOCAL
 * socket addresses for that path.
 */
final class GaUnix {
    private GaUnix() {}

    /**
     * {@code ga_unix}: a stream answer then a datagram answer for {@code path} (or one of the
     * socket type asked for); with AI_CANONNAME the first carries this host's name
     * ({@code uname}'s nodename).
     *
     * @return 0, EAI_ADDRFAMILY for a family other than AF_UNSPEC or AF_LOCAL, EAI_SERVICE for a
     *     path too long, EAI_SYSTEM if {@code uname} fails
     */
    static int gaUnix(Netdb netdb, String path, AddrInfo hintsp, List<AiNode> result) {
        if (hintsp.aiFamily() != AF_UNSPEC && hintsp.aiFamily() != AF_LOCAL) {
            return EAI_ADDRFAMILY;
        }
        AddrInfo hints = hintsp;
        int rc;
        if (hints.aiSocktype() == 0) {
            // no socket type: stream, then datagram
            hints = withSocktype(hints, SOCK_STREAM);
            if ((rc = GaAistruct.gaAistruct(result, hints, path)) != 0) {
                return rc;
            }
            hints = withSocktype(hints, SOCK_DGRAM);
        }
        if ((rc = GaAistruct.gaAistruct(result, hints, path)) != 0) {
            return rc;
        }
        if ((hints.aiFlags() & AI_CANONNAME) != 0) {
            try {
                result.get(0).aiCanonname = netdb.uname().nodename();
            } catch (ErrnoException e) {
                return EAI_SYSTEM;
            }
        }
        return 0;
    }

    private static AddrInfo withSocktype(AddrInfo h, int socktype) {
        return AddrInfo.hints(h.aiFlags(), h.aiFamily(), socktype, h.aiProtocol());
    }
}
