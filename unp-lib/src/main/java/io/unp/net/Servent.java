package io.unp.net;

import java.util.List;

/**
 * {@code struct servent}, copied out of libc: the answer of {@code getservbyname} and
 * {@code getservbyport}.
 *
 * @param sName official service name ({@code s_name})
 * @param sAliases alias names ({@code s_aliases})
 * @param sPort the port in network byte order, as C's {@code s_port}: pass it to
 *     {@link SockaddrIn#sinPort(int)} as is, or print {@code ntohs(sPort)}
 * @param sProto the protocol to use with it ({@code s_proto}): "tcp" or "udp"
 */
public record Servent(String sName, List<String> sAliases, int sPort, String sProto) {
    public Servent {
        sAliases = List.copyOf(sAliases);
    }
}
