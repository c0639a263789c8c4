package io.unp.examples.traceroute;

import static io.unp.abi.Constants.ICMP6_DST_UNREACH_ADDR;
import static io.unp.abi.Constants.ICMP6_DST_UNREACH_ADMIN;
import static io.unp.abi.Constants.ICMP6_DST_UNREACH_BEYONDSCOPE;
import static io.unp.abi.Constants.ICMP6_DST_UNREACH_NOPORT;
import static io.unp.abi.Constants.ICMP6_DST_UNREACH_NOROUTE;

/**
 * traceroute/icmpcode_v4.c and icmpcode_v6.c (figure 25.25): the text of an ICMP
 * destination-unreachable code, as the book words it.
 */
final class Icmpcode {
    private Icmpcode() {}

    private static final String[] V4 = {
        "network unreachable",
        "host unreachable",
        "protocol unreachable",
        "port unreachable",
        "fragmentation required but DF bit set",
        "source route failed",
        "destination network unknown",
        "destination host unknown",
        "source host isolated (obsolete)",
        "destination network administratively prohibited",
        "destination host administratively prohibited",
        "network unreachable for TOS",
        "host unreachable for TOS",
        "communication administratively prohibited by filtering",
        "host recedence violation",
        "precedence cutoff in effect",
    };

    /** {@code icmpcode_v4}. */
    static String icmpcodeV4(int code) {
        return code >= 0 && code < V4.length ? V4[code] : "[unknown code]";
    }

    /** {@code icmpcode_v6}; code 2 keeps the book's name, RFC 2463's "not a neighbor". */
    static String icmpcodeV6(int code) {
        switch (code) {
            case ICMP6_DST_UNREACH_NOROUTE:
                return "no route to host";
            case ICMP6_DST_UNREACH_ADMIN:
                return "administratively prohibited";
            case ICMP6_DST_UNREACH_BEYONDSCOPE:
                return "not a neighbor";
            case ICMP6_DST_UNREACH_ADDR:
                return "address unreachable";
            case ICMP6_DST_UNREACH_NOPORT:
                return "port unreachable";
            default:
                return "[unknown code]";
        }
    }
}
