package io.unp.sys;

import static io.unp.abi.Constants.AF_UNIX;
import static io.unp.abi.Constants.MSG_TRUNC;
import static io.unp.abi.Constants.SCM_CREDENTIALS;
import static io.unp.abi.Constants.SCM_RIGHTS;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOCK_SEQPACKET;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_PASSCRED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Errno;
import io.unp.abi.Iovec;
import io.unp.abi.Ucred;
import io.unp.net.Cmsg;
import io.unp.net.MsgHdr;
import io.unp.net.SockaddrUn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** recvmsg/sendmsg/readv/writev against the kernel, over socketpairs and pipes. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class MsgSysTest {
    private final List<Integer> fds = new ArrayList<>();

    private int[] pair(int type) {
        int[] sv = new int[2];
        Sys.socketpair(AF_UNIX, type, 0, sv);
        fds.add(sv[0]);
        fds.add(sv[1]);
        return sv;
    }

    private int[] pipe() {
        int[] p = new int[2];
        Sys.pipe(p);
        fds.add(p[0]);
        fds.add(p[1]);
        return p;
    }

    private int track(int fd) {
        fds.add(fd);
        return fd;
    }

    private void closeNow(int fd) {
        fds.remove(Integer.valueOf(fd));
        Sys.close(fd);
    }

    @AfterEach
    void closeAll() {
        for (int fd : fds) {
            try {
                Sys.close(fd);
            } catch (ErrnoException e) {
                // closed by the test
            }
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * How many of this process's descriptors refer to the same object as {@code fd} (e.g.
     * "pipe:[1234]", which both ends of a pipe show).
     */
    private static long descriptorsOn(int fd) throws IOException {
        String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return s.filter(p -> {
                try {
                    return Files.readSymbolicLink(p).toString().equals(target);
                } catch (IOException e) {
                    return false; // the directory's own descriptor, gone by now
                }
            }).count();
        }
    }

    @Test
    void segmentsAreGatheredOnSendAndScatteredOnReceive() {
        int[] sv = pair(SOCK_STREAM);
        MsgHdr out = new MsgHdr().setIov(new Iovec(ascii("hello, ")), new Iovec(ascii("xxworldxx"), 2, 5));
        assertEquals(12, Sys.sendmsg(sv[0], out, 0));

        byte[] a = new byte[4];
        byte[] b = new byte[20];
        MsgHdr in = new MsgHdr().setIov(new Iovec(a), new Iovec(b, 10, 10));
        assertEquals(12, Sys.recvmsg(sv[1], in, 0));
        assertEquals("hell", new String(a, StandardCharsets.ISO_8859_1));
        assertEquals("o, world", new String(b, 10, 8, StandardCharsets.ISO_8859_1));
        assertEquals(0, b[9], "nothing written before the segment");
        assertEquals(0, in.flags());
    }

    @Test
    void oversizedDatagramIsTruncatedAndMsgTruncSaysSo() {
        int[] sv = pair(SOCK_DGRAM);
        byte[] big = new byte[100];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) i;
        }
        MsgHdr out = new MsgHdr().setIov(big, 0, big.length);
        Sys.sendmsg(sv[0], out, 0);
        Sys.sendmsg(sv[0], out, 0);

        byte[] small = new byte[10];
        MsgHdr in = new MsgHdr().setIov(small, 0, small.length);
        assertEquals(10, Sys.recvmsg(sv[1], in, 0));
        assertTrue(in.truncated(), "msg_flags has MSG_TRUNC");
        assertArrayEquals(java.util.Arrays.copyOf(big, 10), small);

        in.setFlags(0);
        assertEquals(100, Sys.recvmsg(sv[1], in, MSG_TRUNC), "MSG_TRUNC in flags: the datagram's real length");
        assertTrue(in.truncated());

        // the rest of each datagram is gone: the next receive would block, not return byte 10
        in.setIov(small, 0, small.length);
        assertThrows(ErrnoException.class, () -> Sys.recvmsg(sv[1], in, io.unp.abi.Constants.MSG_DONTWAIT));
    }

    @Test
    void seqpacketKeepsRecordBoundariesAndReportsTruncation() {
        int[] sv = pair(SOCK_SEQPACKET);
        Sys.sendmsg(sv[0], new MsgHdr().setIov(ascii("one"), 0, 3), 0);
        Sys.sendmsg(sv[0], new MsgHdr().setIov(ascii("twotwo"), 0, 6), 0);
        byte[] buf = new byte[4];
        MsgHdr in = new MsgHdr().setIov(buf, 0, 4);
        assertEquals(3, Sys.recvmsg(sv[1], in, 0));
        assertFalse(in.truncated());
        assertEquals(4, Sys.recvmsg(sv[1], in, 0));
        assertTrue(in.truncated());
    }

    @Test
    void datagramSenderPathComesBackInMsgName(@TempDir Path dir) {
        int srv = track(Sys.socket(AF_UNIX, SOCK_DGRAM, 0));
        int cli = track(Sys.socket(AF_UNIX, SOCK_DGRAM, 0));
        String srvPath = dir.resolve("s").toString();
        String cliPath = dir.resolve("c").toString();
        Sys.bind(srv, SockaddrUn.of(srvPath));
        Sys.bind(cli, SockaddrUn.of(cliPath));

        Sys.sendmsg(cli, new MsgHdr().setName(SockaddrUn.of(srvPath)).setIov(ascii("ping"), 0, 4), 0);

        SockaddrUn from = new SockaddrUn();
        byte[] buf = new byte[16];
        MsgHdr in = new MsgHdr().setName(from).setIov(buf, 0, buf.length);
        assertEquals(4, Sys.recvmsg(srv, in, 0));
        assertEquals(cliPath, from.path());
        assertEquals(2 + cliPath.length() + 1, from.len(), "family, path and its NUL");
    }

    @Test
    void passedDescriptorRefersToTheSameOpenPipe() throws IOException {
        int[] sv = pair(SOCK_STREAM);
        int[] p = pipe();
        MsgHdr out = new MsgHdr().setIov(new byte[] {'x'}, 0, 1)
                .setControl(new byte[Cmsg.CMSG_SPACE(4)]).clearControl().addRights(p[0]);
        assertEquals(1, Sys.sendmsg(sv[0], out, 0));

        MsgHdr in = new MsgHdr().setIov(new byte[1], 0, 1).setControl(new byte[Cmsg.CMSG_SPACE(4)]);
        assertEquals(1, Sys.recvmsg(sv[1], in, 0));
        assertEquals(Cmsg.CMSG_SPACE(4), in.controllen());
        Cmsg c = in.firstHdr();
        assertEquals(SOL_SOCKET, c.level());
        assertEquals(SCM_RIGHTS, c.type());
        assertEquals(Cmsg.CMSG_LEN(4), c.len());
        int received = track(c.rights()[0]);
        assertNotEquals(p[0], received, "a new descriptor number for the same open file");
        assertEquals(3, descriptorsOn(p[0]), "the pipe's two ends and the received copy");

        Sys.write(p[1], ascii("through the pipe"));
        byte[] buf = new byte[32];
        assertEquals(16, Sys.read(received, buf));
    }

    @Test
    void tooSmallControlBufferGivesMsgCtruncAndTheKernelClosesThePassedDescriptor() throws IOException {
        int[] sv = pair(SOCK_STREAM);
        int[] p = pipe();
        long before = descriptorsOn(p[0]);
        MsgHdr out = new MsgHdr().setIov(new byte[] {'x'}, 0, 1)
                .setControl(new byte[Cmsg.CMSG_SPACE(4)]).clearControl().addRights(p[0]);
        Sys.sendmsg(sv[0], out, 0);

        // room for a header but not for one int of data
        MsgHdr in = new MsgHdr().setIov(new byte[1], 0, 1).setControl(new byte[Cmsg.CMSG_LEN(0)]);
        assertEquals(1, Sys.recvmsg(sv[1], in, 0));
        assertTrue(in.controlTruncated(), "msg_flags has MSG_CTRUNC");
        Cmsg c = in.firstHdr();
        assertTrue(c == null || c.dataLen() == 0, "no descriptor delivered: " + c);
        assertEquals(before, descriptorsOn(p[0]), "no new descriptor for the pipe in this process");

        // proof that the copy in flight was closed: once our read end goes, the pipe has no reader
        closeNow(p[0]);
        ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.write(p[1], new byte[] {1}));
        assertTrue(e.is(Errno.EPIPE), e.toString());
    }

    @Test
    void noControlBufferAtAllAlsoLosesTheDescriptor() throws IOException {
        int[] sv = pair(SOCK_STREAM);
        int[] p = pipe();
        Sys.sendmsg(sv[0], new MsgHdr().setIov(new byte[] {'x'}, 0, 1)
                .setControl(new byte[Cmsg.CMSG_SPACE(4)]).clearControl().addRights(p[0]), 0);
        MsgHdr in = new MsgHdr().setIov(new byte[1], 0, 1);
        assertEquals(1, Sys.recvmsg(sv[1], in, 0));
        assertTrue(in.controlTruncated());
        assertNull(in.firstHdr());
        assertEquals(2, descriptorsOn(p[0]), "only the pipe's own two ends");
    }

    @Test
    void credentialsArriveAfterSoPasscredOnTheReceiver() {
        int[] sv = pair(SOCK_STREAM);
        Sys.setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, 1);
        Sys.write(sv[0], ascii("hi"));
        MsgHdr in = new MsgHdr().setIov(new byte[8], 0, 8).setControl(new byte[Cmsg.CMSG_SPACE(Ucred.SIZE)]);
        assertEquals(2, Sys.recvmsg(sv[1], in, 0));
        Cmsg c = in.firstHdr();
        assertEquals(SCM_CREDENTIALS, c.type());
        assertEquals(Cmsg.CMSG_LEN(12), c.len());
        assertEquals(Sys.getpid(), c.ucred().pid());
        assertEquals(Long.parseLong(System.getProperty("user.name").equals("root") ? "0" : uid()), c.ucred().uid());
    }

    private static String uid() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("Uid:"))
                    .findFirst().orElseThrow().split("\\s+")[1];
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void credentialsAndRightsInOneMessageAreWalkedInOrder() {
        int[] sv = pair(SOCK_STREAM);
        int[] p = pipe();
        Sys.setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, 1);
        MsgHdr out = new MsgHdr().setIov(new byte[] {'x'}, 0, 1)
                .setControl(new byte[Cmsg.CMSG_SPACE(8)]).clearControl().addRights(p[0], p[1]);
        Sys.sendmsg(sv[0], out, 0);

        MsgHdr in = new MsgHdr().setIov(new byte[1], 0, 1)
                .setControl(new byte[Cmsg.CMSG_SPACE(Ucred.SIZE) + Cmsg.CMSG_SPACE(8)]);
        Sys.recvmsg(sv[1], in, 0);
        assertFalse(in.controlTruncated());
        List<Cmsg> all = in.cmsgs();
        assertEquals(2, all.size(), all.toString());
        assertEquals(Sys.getpid(), in.find(SOL_SOCKET, SCM_CREDENTIALS).ucred().pid());
        int[] got = in.find(SOL_SOCKET, SCM_RIGHTS).rights();
        assertEquals(2, got.length);
        track(got[0]);
        track(got[1]);
    }

    @Test
    void readvAndWritevMoveSegmentsInOneCall() {
        int[] p = pipe();
        Iovec[] out = {new Iovec(ascii("abc")), new Iovec(null, 0, 0), new Iovec(ascii("--defg--"), 2, 4)};
        assertEquals(7, Sys.writev(p[1], out, 3));
        byte[] x = new byte[2];
        byte[] y = new byte[10];
        assertEquals(7, Sys.readv(p[0], new Iovec[] {new Iovec(x), new Iovec(y, 1, 9)}, 2));
        assertEquals("ab", new String(x, StandardCharsets.ISO_8859_1));
        assertEquals("cdefg", new String(y, 1, 5, StandardCharsets.ISO_8859_1));
        ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.readv(p[0], new Iovec[1], 2));
        assertTrue(e.is(Errno.EINVAL));
    }

    @Test
    void failuresCarryTheCallAndErrno() {
        ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.recvmsg(-1, new MsgHdr(), 0));
        assertTrue(e.is(Errno.EBADF));
        assertEquals(Errno.EBADF.code(), Sys.errno());
        assertTrue(e.getMessage().startsWith("recvmsg"), e.getMessage());
        int[] sv = pair(SOCK_STREAM);
        closeNow(sv[1]);
        ErrnoException pipe = assertThrows(ErrnoException.class,
                () -> Sys.sendmsg(sv[0], new MsgHdr().setIov(new byte[1], 0, 1), io.unp.abi.Constants.MSG_NOSIGNAL));
        assertTrue(pipe.is(Errno.EPIPE));
    }
}
