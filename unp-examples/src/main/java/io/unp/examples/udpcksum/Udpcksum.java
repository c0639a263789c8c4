package io.unp.examples.udpcksum;

import io.unp.lib.Pcap;
import io.unp.net.SockAddr;

/** udpcksum/udpcksum.h: the program's globals. */
final class Udpcksum {
    private Udpcksum() {}

    /** Source port (default). */
    static final String LOCALPORT = "39123";
    /** Outgoing TTL. */
    static final int TTL_OUT = 64;

    static SockAddr dest;
    static SockAddr local;
    /** From pcap_datalink(). */
    static int datalink;
    /** Pcap device. */
    static String device;
    /** Packet capture handle. */
    static Pcap pd;
    /** Raw socket to write on. */
    static int rawfd;
    /** Amount of data to capture. */
    static int snaplen = 200;
    static int verbose;
    /** Send UDP query with no checksum. */
    static int zerosum;
}
