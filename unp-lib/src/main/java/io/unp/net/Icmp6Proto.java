package io.unp.net;

import io.unp.abi.Layouts;
import static io.unp.abi.Constants.IPPROTO_ICMPV6;

import io.unp.abi.Constants;
import java.util.List;

/** The ICMPv6 socket option of section 7.7, level {@code IPPROTO_ICMPV6}. */
public final class Icmp6Proto {
    private Icmp6Proto() {}

    /** {@code sizeof(struct icmp6_filter)}: a bit for each of the 256 ICMPv6 types. */
    public static final int ICMP6_FILTER_SIZE = Layouts.ICMP6_FILTER_SIZE;

    /**
     * Which ICMPv6 message types a raw ICMPv6 socket receives: a {@link Icmp6Filter}, the 32
     * bytes of {@code struct icmp6_filter} (on Linux a set bit blocks the type).
     */
    public static final SockOpt<Icmp6Filter> ICMP6_FILTER = SockOpt.icmp6Filter("ICMP6_FILTER", IPPROTO_ICMPV6,
            Constants.ICMP6_FILTER);

    /** Every option of this level. */
    public static final List<SockOpt<?>> ALL = List.of(ICMP6_FILTER);
}
