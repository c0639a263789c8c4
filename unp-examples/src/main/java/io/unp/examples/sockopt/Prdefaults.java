package io.unp.examples.sockopt;

import static io.unp.lib.Err.sys;
import static io.unp.net.SolSocket.SO_RCVBUF;
import static io.unp.net.SolSocket.SO_RCVLOWAT;
import static io.unp.net.SolSocket.SO_SNDBUF;
import static io.unp.net.SolSocket.SO_SNDLOWAT;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.Stdio;
import io.unp.net.SockOpt;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * sockopt/prdefaults: prints the default send and receive buffer sizes and low-water marks of
 * a new TCP socket and a new UDP socket.
 */
public final class Prdefaults {
    private Prdefaults() {}

    public static void main(String[] args) {
        int tcpsock;
        try {
            tcpsock = Sys.socket(AF_INET, SOCK_STREAM, 0);
        } catch (ErrnoException e) {
            throw sys("TCP socket error");
        }
        doit(tcpsock, "tcp");

        int udpsock;
        try {
            udpsock = Sys.socket(AF_INET, SOCK_DGRAM, 0);
        } catch (ErrnoException e) {
            throw sys("UDP socket error");
        }
        doit(udpsock, "udp");
    }

    private static void doit(int fd, String name) {
        Stdio.printf("%s send buffer size = %d\n", name, get(fd, SO_SNDBUF));
        Stdio.printf("%s recv buffer size = %d\n", name, get(fd, SO_RCVBUF));
        Stdio.printf("%s send low-water mark = %d\n", name, get(fd, SO_SNDLOWAT));
        Stdio.printf("%s receive low-water mark size = %d\n", name, get(fd, SO_RCVLOWAT));
    }

    /** The option's value, or the program ends with {@code "<option> getsockopt error"}. */
    private static int get(int fd, SockOpt<Integer> opt) {
        try {
            return Sys.getsockopt(fd, opt);
        } catch (ErrnoException e) {
            throw sys("%s getsockopt error", opt.name());
        }
    }
}
