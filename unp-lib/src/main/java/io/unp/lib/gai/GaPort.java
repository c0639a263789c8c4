package io.unp.lib.gai;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;

import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrIn6;
import java.util.List;

/** {@code ga_port} ({@code libgai/ga_port.c}): a port and socket type into the answers. */
final class GaPort {
    private GaPort() {}

    /**
     * {@code ga_port}: stores {@code port} (network byte order) in every answer of
     * {@code socktype}. An answer marked AI_CLONE (no socket type asked for) takes the socket
     * type the first time; the next time it is cloned ({@code ga_clone}) and the clone, right
     * after it, takes the new type. So two addresses and a service on TCP and UDP give four
     * answers: address 1 stream, address 1 datagram, address 2 stream, address 2 datagram.
     *
     * @return how many answers got the port
     */
    static int gaPort(List<AiNode> list, int port, int socktype) {
        int nfound = 0;
        for (int i = 0; i < list.size(); i++) {
            AiNode ai = list.get(i);
            if ((ai.aiFlags & AiNode.AI_CLONE) != 0) {
                if (ai.aiSocktype != 0) {
                    ai = GaClone.gaClone(list, i);
                    i++; // go on from the clone, as C's pointer does
                }
            } else if (ai.aiSocktype != socktype) {
                continue; // another socket type
            }
            ai.aiSocktype = socktype;
            switch (ai.aiFamily) {
                case AF_INET:
                    ((SockaddrIn) ai.aiAddr).sinPort(port);
                    nfound++;
                    break;
                case AF_INET6:
                    ((SockaddrIn6) ai.aiAddr).sin6Port(port);
                    nfound++;
                    break;
                default:
                    break;
            }
        }
        return nfound;
    }
}
