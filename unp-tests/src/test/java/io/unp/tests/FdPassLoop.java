package io.unp.tests;

import io.unp.abi.Constants;
import io.unp.lib.ReadFd;
import io.unp.lib.WriteFd;
import io.unp.sys.Sys;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The loop of {@link Chapter14FdPassingTest}, run in a JVM of its own with a fixed, pre-touched
 * heap so that its resident size moves only with native memory:
 * {@code FdPassLoop <file> <passes per round> <rounds> [leak bytes per pass]}.
 *
 * <p>Each pass opens the file, passes the descriptor over a socketpair with write_fd, closes
 * it, receives the copy with read_fd, reads one byte through it and closes it. Prints
 * {@code fds <before> <after>} (descriptors of /proc/self/fd open on the file or on a socket)
 * and {@code rss <kB after each round>}.
 * A non-zero leak holds that many bytes of direct (native) memory per pass, to show that the
 * measurement sees a leak.
 */
public final class FdPassLoop {
    private FdPassLoop() {}

    public static void main(String[] args) throws IOException {
        String file = args[0];
        int perRound = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int leak = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        List<ByteBuffer> leaked = new ArrayList<>();

        int[] sv = new int[2];
        Sys.socketpair(Constants.AF_UNIX, Constants.SOCK_STREAM, 0, sv);
        byte[] c = new byte[1];
        int[] recvfd = new int[1];
        long fdsBefore = -1;
        StringBuilder rss = new StringBuilder("rss");
        for (int round = -1; round < rounds; round++) { // round -1 warms up
            for (int i = 0; i < perRound; i++) {
                int fd = Sys.open(file, Constants.O_RDONLY);
                WriteFd.writeFd(sv[0], c, 1, fd);
                Sys.close(fd);
                ReadFd.readFd(sv[1], c, 1, recvfd);
                if (Sys.read(recvfd[0], c, 0, 1) != 1) {
                    throw new IllegalStateException("the received descriptor does not read the file");
                }
                Sys.close(recvfd[0]);
                if (leak > 0 && round >= 0) {
                    leaked.add(ByteBuffer.allocateDirect(leak));
                }
            }
            if (round == -1) {
                fdsBefore = descriptors(file);
            }
            rss.append(' ').append(rssKb());
        }
        System.out.println("fds " + fdsBefore + " " + descriptors(file));
        System.out.println(rss);
        System.out.println("leaked buffers " + leaked.size());
    }

    /**
     * The descriptors the loop could leak: those open on {@code file} and the sockets. The JVM
     * opens descriptors of its own when it likes (a jar, the compiler's files), which a plain
     * count of /proc/self/fd would take for a leak.
     */
    static long descriptors(String file) throws IOException {
        String target = Path.of(file).toRealPath().toString();
        return ProcFds.links("self").stream().filter(l -> l.equals(target) || l.startsWith("socket:")).count();
    }

    static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS");
    }
}
