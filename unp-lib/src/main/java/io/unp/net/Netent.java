package io.unp.net;

import java.util.List;

/**
 * {@code struct netent}, copied out of libc: the answer of {@code getnetbyname} (read from
 * {@code /etc/networks} through the "networks" line of nsswitch.conf).
 *
 * @param nName official name of the network ({@code n_name})
 * @param nAliases alias names ({@code n_aliases})
 * @param nAddrtype the network's address family ({@code n_addrtype}): AF_INET
 * @param nNet the network number in host byte order ({@code n_net})
 */
public record Netent(String nName, List<String> nAliases, int nAddrtype, int nNet) {
    public Netent {
        nAliases = List.copyOf(nAliases);
    }
}
