package io.unp.examples.threads;

import static io.unp.lib.TcpConnect.TcpConnect;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Read;
import static io.unp.lib.Writen.Writen;

import io.unp.lib.Stdio;
import io.unp.lib.Unp;
import java.nio.charset.StandardCharsets;

/**
 * What web01, web02 and web03 share (section 23.6): the {@code struct file} table, the home
 * page fetch and the per-file {@code do_get_read} of a thread: connect to port 80 with
 * {@code Tcp_connect}, send {@code GET <file> HTTP/1.0}, read until the server closes, printing
 * each read's size.
 */
final class WebFiles {
    private WebFiles() {}

    static final int MAXFILES = 20;
    static final String SERV = "80"; // port number or service name

    static final int F_CONNECTING = 1; // connect() in progress
    static final int F_READING = 2; // connect() complete; now reading
    static final int F_DONE = 4; // all done
    static final int F_JOINED = 8; // main has pthread_join'ed

    /** {@code struct file}. */
    static final class File {
        String fName; // filename
        String fHost; // hostname or IP address
        int fFd; // descriptor
        volatile int fFlags; // F_xxx above
        volatile long fTid; // thread ID
    }

    static final File[] file = new File[MAXFILES];

    /** The start of each main: {@code nfiles} from the arguments, as {@code min(argc - 4, MAXFILES)}. */
    static int setup(String[] args) {
        int nfiles = Math.min(args.length - 3, MAXFILES);
        for (int i = 0; i < nfiles; i++) {
            file[i] = new File();
            file[i].fName = args[i + 3];
            file[i].fHost = args[1];
            file[i].fFlags = 0;
        }
        Stdio.printf("nfiles = %d\n", nfiles);
        return nfiles;
    }

    /** The first file nobody has started on; quits as the C does if there is none. */
    static int nextFile(int nfiles, int nlefttoconn) {
        for (int i = 0; i < nfiles; i++) {
            if (file[i].fFlags == 0) {
                return i;
            }
        }
        throw io.unp.lib.Err.quit("nlefttoconn = %d but nothing found", nlefttoconn);
    }

    private static byte[] getCmd(String fname) {
        return String.format("GET %s HTTP/1.0\r\n\r\n", fname).getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * {@code do_get_read}'s work, up to closing the descriptor; the caller then marks the file
     * {@code F_DONE} its own way (see web02 and web03 for why that is not done here).
     */
    static File doGetRead(File fptr) {
        byte[] line = new byte[Unp.MAXLINE];

        int fd = TcpConnect(fptr.fHost, SERV);
        fptr.fFd = fd;
        Stdio.printf("do_get_read for %s, fd %d, thread %d\n", fptr.fName, fd, fptr.fTid);

        writeGetCmd(fptr); // write() the GET command

        // read server's reply
        for (;;) {
            int n = Read(fd, line, Unp.MAXLINE);
            if (n == 0) {
                break; // server closed connection
            }
            Stdio.printf("read %d bytes from %s\n", n, fptr.fName);
        }
        Stdio.printf("end-of-file on %s\n", fptr.fName);
        Close(fd);
        return fptr;
    }

    /** {@code write_get_cmd}. */
    static void writeGetCmd(File fptr) {
        byte[] line = getCmd(fptr.fName);
        Writen(fptr.fFd, line, line.length);
        Stdio.printf("wrote %d bytes for %s\n", line.length, fptr.fName);

        fptr.fFlags = F_READING; // clears F_CONNECTING
    }

    /** {@code home_page}: fetches the home page with a blocking connect, before any thread. */
    static void homePage(String host, String fname) {
        byte[] line = new byte[Unp.MAXLINE];

        int fd = TcpConnect(host, SERV); // blocking connect()

        byte[] cmd = getCmd(fname);
        Writen(fd, cmd, cmd.length);

        for (;;) {
            int n = Read(fd, line, Unp.MAXLINE);
            if (n == 0) {
                break; // server closed connection
            }
            Stdio.printf("read %d bytes of home page\n", n);
            // do whatever with data
        }
        Stdio.printf("end-of-file on home page\n");
        Close(fd);
    }
}
