package io.unp.examples.libgai;

import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.AF_LOCAL;
import static io.unp.abi.Constants.AI_CANONNAME;
import static io.unp.abi.Constants.AI_PASSIVE;
import static io.unp.abi.Constants.EAI_BADFLAGS;
import static io.unp.abi.Constants.EAI_FAMILY;
import static io.unp.abi.Constants.EAI_NONAME;
import static io.unp.abi.Constants.EAI_SERVICE;
import static io.unp.abi.Constants.EAI_SOCKTYPE;
import static io.unp.abi.Constants.NI_DGRAM;
import static io.unp.abi.Constants.NI_MAXHOST;
import static io.unp.abi.Constants.NI_MAXSERV;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOCK_RAW;
import static io.unp.abi.Constants.SOCK_RDM;
import static io.unp.abi.Constants.SOCK_SEQPACKET;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.Exit;
import io.unp.lib.Stdio;
import io.unp.net.AddrInfo;
import io.unp.net.NameInfo;
import io.unp.sys.ErrnoException;
import io.unp.sys.GaiException;
import io.unp.sys.Sys;
import java.util.List;

/**
 * libgai/testga: the test program of the book's getaddrinfo and getnameinfo (section 11.16).
 * Looks up {@code -h host} and {@code -s service} with the hints the options give, prints each
 * answer as the socket it would make and its address, makes that socket, and maps the address
 * back with getnameinfo; {@code -e} instead checks the error codes of bad calls.
 *
 * <p>The C program runs whichever getaddrinfo it is linked with. This one runs the book's
 * ({@link io.unp.lib.gai.Libgai}), or the C library's with {@code -L}, an option the C does
 * not have. A host or service not given is passed as null (the C passes an empty string,
 * which the book's getaddrinfo takes as null but glibc's does not).
 */
public final class Testga {
    private Testga() {}

    /** Linux's AF_SNA, the family the error test expects to be refused. */
    private static final int AF_SNA = 22;

    private static String host = "";
    private static String serv = "";
    private static boolean doerrtest;
    private static int loopcount = 1;
    private static boolean vflag;
    private static int flags;
    private static int family;
    private static int socktype;
    private static GaiFunctions gai = GaiFunctions.BOOK;

    public static void main(String[] args) {
        if (args.length < 1) {
            usage("");
        }

        Getopt opt = new Getopt(args, "cef:h:l:pr:s:t:vL");
        int c;
        while ((c = opt.next()) != -1) {
            String optarg = opt.optarg();
            switch (c) {
                case 'c':
                    flags |= AI_CANONNAME;
                    break;
                case 'e':
                    doerrtest = true;
                    break;
                case 'f': // address family
                    if (optarg.equals("inet")) {
                        family = AF_INET;
                    } else if (optarg.equals("inet6")) {
                        family = AF_INET6;
                    } else if (optarg.equals("unix")) {
                        family = AF_LOCAL;
                    } else {
                        usage("invalid -f option");
                    }
                    break;
                case 'h':
                    host = truncate(optarg, NI_MAXHOST - 1);
                    break;
                case 'l':
                    loopcount = atoi(optarg);
                    break;
                case 'p':
                    flags |= AI_PASSIVE;
                    break;
                case 'r': // protocol
                    usage("-r option not yet implemented");
                    break;
                case 's':
                    serv = truncate(optarg, NI_MAXSERV - 1);
                    break;
                case 't': // socket type
                    socktype = socktypeOf(optarg);
                    if (socktype < 0) {
                        usage("invalid -f option"); // sic: the C prints -f here too
                    }
                    break;
                case 'v':
                    vflag = true;
                    break;
                case 'L':
                    gai = GaiFunctions.LIBC;
                    break;
                default:
                    usage("unrecognized option");
            }
        }

        if (doerrtest) {
            doErrtest();
            throw new Exit(0);
        }

        for (int i = 1; i <= loopcount; i++) {
            if (doOnetest(i) > 0) {
                throw new Exit(1);
            }
            if (i % 1000 == 0) {
                Stdio.printf(" %d", i);
            }
        }
    }

    private static int socktypeOf(String name) {
        switch (name) {
            case "stream":
                return SOCK_STREAM;
            case "dgram":
                return SOCK_DGRAM;
            case "raw":
                return SOCK_RAW;
            case "rdm":
                return SOCK_RDM;
            case "seqpacket":
                return SOCK_SEQPACKET;
            default:
                return -1;
        }
    }

    /** Checks the error codes of calls that are easy to get wrong on purpose. */
    private static void doErrtest() {
        // passive open with no host name and no family
        doFunccall(null, "ftp", AI_PASSIVE, 0, 0, 0, 0);
        // invalid flags
        doFunccall("localhost", null, 999999, 0, 0, 0, EAI_BADFLAGS);
        // invalid address family
        doFunccall("localhost", null, 0, AF_SNA, 0, 0, EAI_FAMILY);
        // no host name, no service name
        doFunccall(null, null, 0, 0, 0, 0, EAI_NONAME);
        // a host name that does not exist
        doFunccall("lkjjkhjhghgfgfd", null, 0, 0, 0, 0, EAI_NONAME);
        // a service name that does not exist
        doFunccall(null, "nosuchservice", 0, 0, 0, 0, EAI_NONAME);
        // services that exist, but not for the socket type
        doFunccall("localhost", "telnet", 0, 0, SOCK_DGRAM, 0, EAI_SERVICE);
        doFunccall("localhost", "tftp", 0, 0, SOCK_STREAM, 0, EAI_SERVICE);
        // invalid socket type
        doFunccall("localhost", null, 0, AF_INET, SOCK_SEQPACKET, 0, EAI_SOCKTYPE);
    }

    private static void doFunccall(String host, String serv, int flags, int family, int socktype, int protocol,
            int exprc) {
        int rc = 0;
        try {
            gai.getaddrinfo(host, serv, AddrInfo.hints(flags, family, socktype, protocol));
        } catch (GaiException e) {
            rc = e.code();
        }
        if (rc != exprc) {
            Stdio.printf("expected return = %d (%s),\nactual return = %d (%s)\n",
                    exprc, gai.gaiStrerror(exprc), rc, gai.gaiStrerror(rc));
            if (host != null) {
                Stdio.printf("  host = %s\n", host);
            }
            if (serv != null) {
                Stdio.printf("  serv = %s\n", serv);
            }
            Stdio.printf("  flags = %d, family = %s, socktype = %s, protocol = %d\n",
                    flags, strFam(family), strSock(socktype), protocol);
            throw new Exit(2);
        }
    }

    private static int doOnetest(int loopcount) {
        boolean verbose = vflag && loopcount == 1; // only the first time

        if (!host.isEmpty() && verbose) {
            Stdio.printf("host = %s\n", host);
        }
        if (!serv.isEmpty() && verbose) {
            Stdio.printf("serv = %s\n", serv);
        }

        List<AddrInfo> res;
        try {
            res = gai.getaddrinfo(nullIfEmpty(host), nullIfEmpty(serv), AddrInfo.hints(flags, family, socktype));
        } catch (GaiException e) {
            Stdio.printf("getaddrinfo return code = %d (%s)\n", e.code(), gai.gaiStrerror(e.code()));
            return 1;
        }

        for (AddrInfo ai : res) {
            if (loopcount == 1) { // always print the answers the first time
                Stdio.printf("\nsocket(%s, %s, %d)", strFam(ai.aiFamily()), strSock(ai.aiSocktype()), ai.aiProtocol());
                // the canonical name should be in the first answer only
                if ((flags & AI_CANONNAME) != 0 && ai.aiCanonname() != null) {
                    Stdio.printf(", ai_canonname = %s", ai.aiCanonname());
                }
                Stdio.printf("\n");
                Stdio.printf("\taddress: %s\n", SockNtop(ai.aiAddr()));
            }

            // a socket() call shows the answer's values are usable
            try {
                Sys.close(Sys.socket(ai.aiFamily(), ai.aiSocktype(), ai.aiProtocol()));
            } catch (ErrnoException e) {
                Stdio.printf("call to socket() failed!\n");
            }

            // and getnameinfo() maps the address back
            try {
                NameInfo ni = gai.getnameinfo(ai.aiAddr(), NI_MAXHOST, NI_MAXSERV,
                        ai.aiSocktype() == SOCK_DGRAM ? NI_DGRAM : 0);
                if (verbose) {
                    Stdio.printf("\tgetnameinfo: host = %s, serv = %s\n", ni.host(), ni.serv());
                }
            } catch (GaiException e) {
                Stdio.printf("getnameinfo returned %d\n", e.code());
            }
        }
        return 0;
    }

    private static void usage(String msg) {
        Stdio.printf(
                "usage: testaddrinfo [ options ]\n"
                + "options: -h <host>    (can be hostname or address string)\n"
                + "         -s <service> (can be service name or decimal port number)\n"
                + "         -c    AI_CANONICAL flag\n"
                + "         -p    AI_PASSIVE flag\n"
                + "         -l N  loop N times (check for memory leaks with ps)\n"
                + "         -f X  address family, X = inet, inet6, unix\n"
                + "         -r X  protocol (not yet implemented)\n"
                + "         -t X  socket type, X = stream, dgram, raw, rdm, seqpacket\n"
                + "         -v    verbose\n"
                + "         -e    only do test of error returns (no options required)\n"
                + "         -L    use the C library's getaddrinfo and getnameinfo, not the book's\n"
                + "  without -e, one or both of <host> and <service> must be specified.\n");
        if (!msg.isEmpty()) {
            Stdio.printf("%s\n", msg);
        }
        throw new Exit(1);
    }

    private static String strFam(int family) {
        switch (family) {
            case AF_INET:
                return "AF_INET";
            case AF_INET6:
                return "AF_INET6";
            case AF_LOCAL:
                return "AF_LOCAL";
            default:
                return "<unknown family>";
        }
    }

    private static String strSock(int socktype) {
        switch (socktype) {
            case SOCK_STREAM:
                return "SOCK_STREAM";
            case SOCK_DGRAM:
                return "SOCK_DGRAM";
            case SOCK_RAW:
                return "SOCK_RAW";
            default:
                return "<unknown socktype>";
        }
    }

    private static String nullIfEmpty(String s) {
        return s.isEmpty() ? null : s;
    }

    /** {@code strncpy} into a buffer of {@code max} characters and a NUL. */
    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** C's {@code atoi}: optional blanks and sign, then the leading digits; 0 if there are none. */
    private static int atoi(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        boolean neg = i < s.length() && s.charAt(i) == '-';
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int n = 0;
        for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return neg ? -n : n;
    }
}
