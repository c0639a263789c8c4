package io.unp.lib;

/** The constants of the book's {@code unp.h}. */
public final class Unp {
    private Unp() {}

    /** Largest text line. */
    public static final int MAXLINE = 4096;
    /** Buffer size for reads and writes. */
    public static final int BUFFSIZE = 8192;
    /** The second argument of listen(): the book's default backlog. */
    public static final int LISTENQ = 1024;
    /** TCP and UDP client-server port of the book's echo programs. */
    public static final int SERV_PORT = 9877;
    /** {@link #SERV_PORT} as a string, for tcp_connect and friends. */
    public static final String SERV_PORT_STR = "9877";
    /** Unix domain stream path. */
    public static final String UNIXSTR_PATH = "/tmp/unix.str";
    /** Unix domain datagram path. */
    public static final String UNIXDG_PATH = "/tmp/unix.dg";
    /** The daytime service's well-known port. */
    public static final int DAYTIME_PORT = 13;

    // ---- chapter 12 (issue 8)
    // (end of chapter 12)

    // ---- chapter 13 (issue 8)
    // (end of chapter 13)

    // ---- chapter 14 (issue 8)
    // (end of chapter 14)

    // ---- chapter 15 (issue 9)
    // (end of chapter 15)

    // ---- chapter 16 (issue 9)
    // (end of chapter 16)

    // ---- chapter 17 (issue 9)
    // (end of chapter 17)

    // ---- chapter 18-20 (issue 10)
    // (end of chapter 18-20)

    // ---- chapter 21-22 (issue 11)
    // (end of chapter 21-22)

    // ---- chapter 23 (issue 11)
    // (end of chapter 23)

    // ---- chapter 24-26 (issue 12)
    // (end of chapter 24-26)

    // ---- chapter 27 (issue 13)
    /** {@code FILE_MODE}: default permissions for new files, {@code rw-r--r--}. */
    public static final int FILE_MODE = io.unp.abi.Constants.S_IRUSR | io.unp.abi.Constants.S_IWUSR
            | io.unp.abi.Constants.S_IRGRP | io.unp.abi.Constants.S_IROTH;
    // (end of chapter 27)
}
