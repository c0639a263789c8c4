package io.unp.lib;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.IPOPT_LSRR;
import static io.unp.abi.Constants.IPOPT_NOP;
import static io.unp.abi.Constants.IPOPT_SSRR;

import io.unp.net.AddrInfo;
import io.unp.net.Inet;
import io.unp.net.IpProto;
import io.unp.net.SockAddr;
import java.util.List;

/**
 * The book's IPv4 source-route functions {@code inet_srcrt_init}, {@code inet_srcrt_add} and
 * {@code inet_srcrt_print} ({@code ipopts/sourceroute.c}, section 24.3).
 *
 * <p>A source route is built in a 44-byte buffer (the 40-byte IP options field plus room for a
 * leading NOP that aligns the addresses): NOP, the code (LSRR 131 or SSRR 137), the length, the
 * pointer (4), then up to nine hops and the final destination, each 4 bytes. The C keeps the
 * buffer and its counters in static variables; here they are this object, so two routes can be
 * built at once. {@code setsockopt(IP_OPTIONS)} takes the first {@link #inetSrcrtAdd} result
 * bytes of {@link #options()}.
 */
public final class SourceRoute {
    /** The buffer size: NOP, code, len, ptr and ten addresses. */
    public static final int SIZE = IpProto.MAX_IPOPTLEN + 4;

    private final byte[] opt = new byte[SIZE];
    private int optr;    // where the next byte goes
    private int lenptr;  // the length byte of the option
    private int ocnt;    // addresses so far

    private SourceRoute() {}

    /**
     * {@code inet_srcrt_init}: a new, zeroed route buffer (zeros are EOLs, so whatever is not
     * filled in ends the options).
     */
    public static SourceRoute inetSrcrtInit() {
        return new SourceRoute();
    }

    /**
     * {@code inet_srcrt_add}: appends the IPv4 address of {@code hostptr} (a name or dotted
     * address, resolved with {@code Host_serv}) to the route; the first call also writes the
     * NOP, the code ({@code type} 0: loose, else strict), and the pointer.
     *
     * @return the size to give setsockopt: NOP, code, len, ptr and the addresses so far
     * @throws Exit "too many source routes with: HOST" after ten addresses, or Host_serv's error
     */
    public int inetSrcrtAdd(String hostptr, int type) {
        if (ocnt > 9) {
            throw Err.quit("too many source routes with: %s", hostptr);
        }
        if (ocnt == 0) {
            opt[optr++] = (byte) IPOPT_NOP; // NOP for alignment
            opt[optr++] = (byte) (type != 0 ? IPOPT_SSRR : IPOPT_LSRR);
            lenptr = optr++; // filled in below
            opt[optr++] = 4; // offset to first address
        }
        List<AddrInfo> ai = HostServ.HostServ(hostptr, "", AF_INET, 0);
        System.arraycopy(ai.get(0).aiAddr().asIn().addressBytes(), 0, opt, optr, 4);
        optr += 4;
        ocnt++;
        int len = 3 + ocnt * 4;
        opt[lenptr] = (byte) len;
        return len + 1; // size for setsockopt()
    }

    /** The option bytes (all {@link #SIZE} of them; the route takes the first {@code inetSrcrtAdd()} bytes). */
    public byte[] options() {
        return opt.clone();
    }

    /** The number of addresses added so far. */
    public int count() {
        return ocnt;
    }

    /**
     * {@code inet_srcrt_print}: prints the source route that {@code getsockopt(IP_OPTIONS)}
     * returned on a TCP connection whose SYN carried one: {@code received LSRR: } (or SSRR)
     * and the route's addresses in the order the replies take them; for any other option,
     * {@code received option type N}.
     *
     * <p>Linux returns the route already reversed for the replies, in the form it will send it:
     * the option itself (code, length, pointer, addresses), the first hop first. The book's BSD
     * returned the first hop as 4 bytes in front of the option and the client's own address as
     * the last one in it; Linux leaves the client out (it is the connection's peer address).
     * {@link #inetSrcrtPrint(byte[], int, SockAddr)} adds it, to print the book's line.
     */
    public static void inetSrcrtPrint(byte[] ptr, int len) {
        Stdio.printf("%s", format(ptr, len, null));
    }

    /** {@link #inetSrcrtPrint(byte[], int)}, ending the route with {@code peer}, the final destination of the replies. */
    public static void inetSrcrtPrint(byte[] ptr, int len, SockAddr peer) {
        Stdio.printf("%s", format(ptr, len, peer));
    }

    /** The text {@link #inetSrcrtPrint} prints, with its final newline. */
    public static String format(byte[] ptr, int len, SockAddr peer) {
        int p = 0;
        int c = 0;
        while (p < len && (c = ptr[p++] & 0xff) == IPOPT_NOP) {
            // skip any leading NOPs
        }
        StringBuilder out = new StringBuilder();
        if (c == IPOPT_LSRR) {
            out.append("received LSRR: ");
        } else if (c == IPOPT_SSRR) {
            out.append("received SSRR: ");
        } else {
            return "received option type " + c + "\n";
        }
        int olen = p < len ? (ptr[p++] & 0xff) - 3 : 0; // the addresses' bytes
        p++; // skip over pointer
        while (olen >= 4 && p + 4 <= len) {
            out.append(Inet.inetNtop(AF_INET, java.util.Arrays.copyOfRange(ptr, p, p + 4))).append(' ');
            p += 4;
            olen -= 4;
        }
        if (peer != null && peer.family() == AF_INET) {
            out.append(Inet.inetNtop(AF_INET, peer.asIn().addressBytes())).append(' ');
        }
        return out.append('\n').toString();
    }
}
