package io.unp.examples.udpcksum;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.IPPROTO_IP;
import static io.unp.abi.Constants.IPPROTO_RAW;
import static io.unp.abi.Constants.IP_HDRINCL;
import static io.unp.abi.Constants.SIGHUP;
import static io.unp.abi.Constants.SIGINT;
import static io.unp.abi.Constants.SIGTERM;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOCK_RAW;
import static io.unp.lib.HostServ.HostServ;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapSock.Socket;

import io.unp.lib.Err;
import io.unp.lib.Exit;
import io.unp.lib.Getopt;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * udpcksum/main.c (figures 26.8-26.10): sends a DNS query for a.root-servers.net to a server
 * from a raw socket (its own IP and UDP headers, IP_HDRINCL), captures the reply with libpcap
 * and says whether the server's UDP checksum was set. Needs root (raw socket, capture).
 *
 * <p>Options: {@code -0} send the query with a zero UDP checksum, {@code -i dev} capture on
 * {@code dev}, {@code -l a.b.c.d.p} the local address and port to send from, {@code -v}
 * verbose.
 */
public final class Main {
    private Main() {}

    public static void main(String[] argv) {
        if (argv.length < 1) {
            throw usage("");
        }

        // Need local IP address for source IP address for UDP datagrams: the UDP checksum's
        // pseudo-header needs it, so IP cannot choose it. -l overrides both.
        String localname;
        try {
            localname = Sys.gethostname();
        } catch (ErrnoException e) {
            throw Err.sys("gethostname error");
        }
        String localport = Udpcksum.LOCALPORT;

        Getopt g = new Getopt(argv, "0i:l:v");
        int c;
        while ((c = g.next()) != -1) {
            switch (c) {
                case '0':
                    Udpcksum.zerosum = 1;
                    break;
                case 'i':
                    Udpcksum.device = g.optarg(); // pcap device
                    break;
                case 'l': { // local IP address and port#: a.b.c.d.p
                    String arg = g.optarg();
                    int dot = arg.lastIndexOf('.');
                    if (dot < 0) {
                        throw usage("invalid -l option");
                    }
                    localport = arg.substring(dot + 1); // service name or port number
                    localname = arg.substring(0, dot);
                    break;
                }
                case 'v':
                    Udpcksum.verbose = 1;
                    break;
                case '?':
                default:
                    throw usage("unrecognized option");
            }
        }
        String[] rest = g.operands();
        if (rest.length != 2) {
            throw usage("missing <host> and/or <serv>");
        }

        // convert destination name and service
        Udpcksum.dest = HostServ(rest[0], rest[1], AF_INET, SOCK_DGRAM).get(0).aiAddr();
        // convert local name and service
        Udpcksum.local = HostServ(localname, localport, AF_INET, SOCK_DGRAM).get(0).aiAddr();

        // A raw socket to write our own IP datagrams to, with IP_HDRINCL. The book asks for
        // protocol 0, which Linux refuses (EPROTONOSUPPORT): IPPROTO_RAW is Linux's
        // send-only raw socket for complete datagrams.
        Udpcksum.rawfd = Socket(Udpcksum.dest.family(), SOCK_RAW, IPPROTO_RAW);
        Setsockopt(Udpcksum.rawfd, IPPROTO_IP, IP_HDRINCL, 1);

        PcapOps.openPcap(); // open packet capture device

        // setuid(getuid()): the JVM cannot give up root here; run it as root only in a namespace

        Signal(SIGTERM, Cleanup::cleanup);
        Signal(SIGINT, Cleanup::cleanup);
        Signal(SIGHUP, Cleanup::cleanup);

        TestUdp.testUdp();

        Cleanup.cleanup(0);
    }

    /** usage(): the text through err_msg, then err_quit(msg), or exit 1 when msg is empty. */
    static Exit usage(String msg) {
        Err.msg("usage: testudp [ options ] <host> <serv>\n"
                + "options: -0    send UDP datagram with checksum set to 0"
                + "         -i s  packet capture device\n"
                + "         -l a.b.c.d.p  local IP=a.b.c.d, local port=p\n"
                + "         -v    verbose output");
        if (!msg.isEmpty()) {
            return Err.quit("%s", msg);
        }
        return new Exit(1);
    }
}
