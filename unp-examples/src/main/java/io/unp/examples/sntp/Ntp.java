package io.unp.examples.sntp;

/**
 * sntp/ntp.h: the NTP header ({@code struct ntpdata}, 48 bytes) as offsets into a datagram,
 * all fields in network byte order.
 */
public final class Ntp {
    private Ntp() {}

    /** 1970 - 1900 in seconds: NTP counts from 1900, Unix from 1970. */
    public static final long JAN_1970 = 2208988800L;

    /** {@code sizeof(struct ntpdata)}. */
    public static final int SIZE = 48;
    /** {@code status}: leap indicator (2 bits), version (3), mode (3). */
    public static final int STATUS = 0;
    /** {@code stratum}. */
    public static final int STRATUM = 1;
    /** {@code xmt.int_part}: transmit timestamp, seconds since 1900. */
    public static final int XMT_INT = 40;
    /** {@code xmt.fraction}: transmit timestamp, fraction of a second in units of 2^-32. */
    public static final int XMT_FRACTION = 44;

    public static final int VERSION_MASK = 0x38;
    public static final int MODE_MASK = 0x07;

    public static final int MODE_CLIENT = 3;
    public static final int MODE_SERVER = 4;
    public static final int MODE_BROADCAST = 5;
}
