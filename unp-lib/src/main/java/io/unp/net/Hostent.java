package io.unp.net;

import java.util.List;

/**
 * {@code struct hostent}, copied out of libc: the answer of {@code gethostbyname},
 * {@code gethostbyname2} and {@code gethostbyaddr}.
 *
 * <p>C's NULL-terminated arrays become lists; each address in {@link #hAddrList} is
 * {@link #hLength} bytes in network byte order (4 for AF_INET, 16 for AF_INET6). The record
 * owns its data: unlike the C structure it is never overwritten by a later call.
 *
 * @param hName official name of the host ({@code h_name})
 * @param hAliases alias names ({@code h_aliases})
 * @param hAddrtype address family ({@code h_addrtype}): AF_INET or AF_INET6
 * @param hLength length of each address ({@code h_length})
 * @param hAddrList the addresses ({@code h_addr_list})
 */
public record Hostent(String hName, List<String> hAliases, int hAddrtype, int hLength, List<byte[]> hAddrList) {
    public Hostent {
        hAliases = List.copyOf(hAliases);
        hAddrList = hAddrList.stream().map(byte[]::clone).toList();
    }

    /** {@code h_addr}, the first address (C's {@code h_addr_list[0]}), or null if there is none. */
    public byte[] hAddr() {
        return hAddrList.isEmpty() ? null : hAddrList.get(0).clone();
    }
}
