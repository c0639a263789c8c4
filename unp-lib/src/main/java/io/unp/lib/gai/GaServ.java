package io.unp.lib.gai;

import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.EAI_NONAME;
import static io.unp.abi.Constants.EAI_SERVICE;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.net.AddrInfo;
import io.unp.net.Servent;
import java.util.List;

/** {@code ga_serv} ({@code libgai/ga_serv.c}): the service string into ports and socket types. */
final class GaServ {
    private GaServ() {}

    /**
     * {@code ga_serv}: a string that starts with a digit is a port number ({@code atoi}: the
     * leading digits, the rest ignored), for the hints' socket type or, with none, for stream
     * and datagram both. Anything else is a service name, looked up for TCP (stream) and then
     * UDP (datagram), as the socket type allows.
     *
     * @return 0; EAI_NONAME if no socket type was asked for and nothing matched; EAI_SERVICE if
     *     the service does not exist for the socket type asked for
     */
    static int gaServ(Netdb netdb, List<AiNode> aihead, AddrInfo hintsp, String serv) {
        int nfound = 0;
        int socktype = hintsp.aiSocktype();
        if (Libgai.isdigit(serv.charAt(0))) {
            int port = htons(atoi(serv));
            if (socktype != 0) {
                nfound += GaPort.gaPort(aihead, port, socktype);
            } else {
                nfound += GaPort.gaPort(aihead, port, SOCK_STREAM);
                nfound += GaPort.gaPort(aihead, port, SOCK_DGRAM);
            }
        } else {
            Servent sptr;
            if (socktype == 0 || socktype == SOCK_STREAM) {
                if ((sptr = netdb.getservbyname(serv, "tcp")) != null) {
                    nfound += GaPort.gaPort(aihead, sptr.sPort(), SOCK_STREAM);
                }
            }
            if (socktype == 0 || socktype == SOCK_DGRAM) {
                if ((sptr = netdb.getservbyname(serv, "udp")) != null) {
                    nfound += GaPort.gaPort(aihead, sptr.sPort(), SOCK_DGRAM);
                }
            }
        }
        if (nfound == 0) {
            return socktype == 0 ? EAI_NONAME : EAI_SERVICE;
        }
        return 0;
    }

    /** C's {@code atoi} of a string that starts with a digit: its leading digits, wrapping as an int. */
    static int atoi(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
