package io.unp.lib;

import static io.unp.abi.Constants.F_GETFD;
import static io.unp.abi.Constants.MSG_CMSG_CLOEXEC;
import static io.unp.abi.Constants.MSG_NOSIGNAL;
import static io.unp.abi.Constants.SCM_RIGHTS;
import static io.unp.abi.Constants.SOL_SOCKET;

import io.unp.abi.CString;
import io.unp.abi.Errno;
import io.unp.net.Cmsg;
import io.unp.net.MsgHdr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The message a parent sends its spare child ({@link ForkSpare}, {@link SpareChildMain}): one
 * {@code sendmsg} on a {@code SOCK_SEQPACKET} socket whose data is NUL-terminated fields (a magic
 * word, the child class, which of descriptors 0-2 come along, the number and the parent's numbers
 * of the other descriptors, the number of arguments and the arguments) and whose {@code SCM_RIGHTS}
 * control message carries the descriptors in that order.
 */
final class SpareJob {
    static final String MAGIC = "UNPSPARE1";
    /** Most descriptors one job carries (standard ones included); the kernel's SCM_MAX_FD is 253. */
    static final int MAX_FDS = 64;

    final String childClass;
    /** The standard descriptors the job carried, in order ({@code "012"} for all three). */
    final String std;
    /** The descriptors' numbers in the parent (without the standard ones). */
    final int[] parentFds;
    /** The descriptors as received, standard ones first; all close-on-exec. */
    final int[] received;

    private SpareJob(String childClass, String std, int[] parentFds, int[] received) {
        this.childClass = childClass;
        this.std = std;
        this.parentFds = parentFds;
        this.received = received;
    }

    /** Sends the job: this process's open standard descriptors, then {@code fds}. */
    static void send(int sock, String childClass, int[] fds) {
        if (fds.length + 3 > MAX_FDS) {
            throw new IllegalArgumentException("a fork through a spare passes at most " + (MAX_FDS - 3) + " descriptors");
        }
        List<Integer> rights = new ArrayList<>();
        StringBuilder std = new StringBuilder();
        for (int fd = 0; fd <= 2; fd++) {
            if (isOpen(fd)) {
                rights.add(fd);
                std.append(fd);
            }
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        field(b, MAGIC);
        field(b, childClass);
        field(b, std.length() == 0 ? "-" : std.toString());
        field(b, Integer.toString(fds.length));
        for (int fd : fds) {
            field(b, Integer.toString(fd));
            rights.add(fd);
        }
        byte[] data = b.toByteArray();
        int[] r = new int[rights.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = rights.get(i);
        }
        MsgHdr msg = new MsgHdr().setIov(data, 0, data.length)
                .setControl(new byte[Cmsg.CMSG_SPACE(Integer.BYTES * Math.max(r.length, 1))]).clearControl();
        if (r.length > 0) {
            msg.addRights(r);
        }
        Sys.sendmsg(sock, msg, MSG_NOSIGNAL);
    }

    /** Receives a job; null at end of file (the parent will not send one). */
    static SpareJob receive(int sock) {
        byte[] buf = new byte[65536];
        MsgHdr msg = new MsgHdr().setIov(buf, 0, buf.length).setControl(new byte[Cmsg.CMSG_SPACE(Integer.BYTES * MAX_FDS)]);
        int n;
        while (true) {
            try {
                n = Sys.recvmsg(sock, msg, MSG_CMSG_CLOEXEC);
                break;
            } catch (ErrnoException e) {
                if (!e.is(Errno.EINTR)) {
                    throw e;
                }
            }
        }
        if (n == 0) {
            return null;
        }
        Cmsg rights = msg.find(SOL_SOCKET, SCM_RIGHTS);
        int[] received = rights == null ? new int[0] : rights.rights();
        List<String> f = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (buf[i] == 0) {
                f.add(CString.string(buf, start, i - start));
                start = i + 1;
            }
        }
        try {
            if (msg.controlTruncated() || f.size() < 4 || !f.get(0).equals(MAGIC)) {
                throw new IllegalArgumentException();
            }
            String std = f.get(2).equals("-") ? "" : f.get(2);
            int nfds = Integer.parseInt(f.get(3));
            int[] parentFds = new int[nfds];
            for (int i = 0; i < nfds; i++) {
                parentFds[i] = Integer.parseInt(f.get(4 + i));
            }
            if (received.length != std.length() + nfds || f.size() != 4 + nfds) {
                throw new IllegalArgumentException();
            }
            return new SpareJob(f.get(1), std, parentFds, received);
        } catch (RuntimeException e) {
            throw Err.quit("fork child: a bad job from the parent");
        }
    }

    /**
     * Puts the descriptors in place: the standard ones on 0, 1 and 2 (a standard descriptor the
     * parent did not have open is closed here too), each other one at its number in the parent
     * when that number is free here, else where it arrived; none keeps close-on-exec.
     *
     * @return the numbers of the non-standard descriptors, in the parent's order
     */
    int[] install() {
        int next = 0;
        for (int fd = 0; fd <= 2; fd++) {
            if (std.indexOf('0' + fd) >= 0) {
                Sys.dup2(received[next], fd);
                Sys.close(received[next]);
                next++;
            } else if (isOpen(fd)) {
                Sys.close(fd);
            }
        }
        int[] fds = new int[parentFds.length];
        for (int i = 0; i < fds.length; i++) {
            fds[i] = place(received[next++], parentFds[i]);
        }
        return fds;
    }

    private static int place(int got, int want) {
        if (got != want && want > 2 && !isOpen(want)) {
            Sys.dup2(got, want); // dup2 clears close-on-exec on the copy
            Sys.close(got);
            return want;
        }
        Sys.fcntl(got, io.unp.abi.Constants.F_SETFD, 0);
        return got;
    }

    static boolean isOpen(int fd) {
        try {
            Sys.fcntl(fd, F_GETFD, 0);
            return true;
        } catch (ErrnoException e) {
            return false;
        }
    }

    private static void field(ByteArrayOutputStream b, String s) {
        byte[] x = CString.bytes(s);
        b.write(x, 0, x.length);
        b.write(0);
    }
}
