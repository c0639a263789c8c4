package io.unp.sys;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_UNIX;
import static io.unp.abi.Constants.F_GETFD;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOCK_SEQPACKET;
import static io.unp.abi.Constants.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Errno;
import io.unp.abi.Ucred;
import io.unp.net.Cmsg;
import io.unp.net.MsgHdr;
import io.unp.net.SockaddrUn;
import io.unp.net.SolSocket;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.IllegalSelectorException;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The bridge from descriptors to jnr-unixsocket channels, and each limit its Javadoc names. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UnixChannelsTest {
    private final List<Integer> fds = new ArrayList<>();

    private int[] pair(int type) {
        int[] sv = new int[2];
        Sys.socketpair(AF_UNIX, type, 0, sv);
        fds.add(sv[0]);
        fds.add(sv[1]);
        return sv;
    }

    @AfterEach
    void closeAll() {
        for (int fd : fds) {
            try {
                Sys.close(fd);
            } catch (ErrnoException e) {
                // the channel closed it
            }
        }
    }

    private static String text(ByteBuffer b) {
        b.flip();
        return StandardCharsets.ISO_8859_1.decode(b).toString();
    }

    @Test
    void streamChannelAndSysCallsShareTheDescriptor() throws IOException {
        int[] sv = pair(SOCK_STREAM);
        try (SocketChannel ch = UnixChannels.fromFd(sv[0])) {
            assertEquals(sv[0], UnixChannels.fd(ch));
            ch.write(ByteBuffer.wrap("to the C side\n".getBytes(StandardCharsets.ISO_8859_1)));
            byte[] buf = new byte[64];
            assertEquals(14, Sys.read(sv[1], buf));

            Sys.write(sv[1], "from the C side".getBytes(StandardCharsets.ISO_8859_1));
            ByteBuffer in = ByteBuffer.allocate(64);
            assertEquals(15, ch.read(in));
            assertEquals("from the C side", text(in));

            assertEquals(Sys.getpid(), Sys.getsockopt(UnixChannels.fd(ch), SolSocket.SO_PEERCRED).pid(),
                    "SO_PEERCRED through Sys on the channel's descriptor");
        }
        ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.fcntl(sv[0], F_GETFD, 0));
        assertTrue(e.is(Errno.EBADF), "closing the channel closed the descriptor");
    }

    @Test
    void descriptorsPassAlongsideTheChannelThroughRecvmsgOnItsDescriptor() throws IOException {
        int[] sv = pair(SOCK_STREAM);
        int[] p = new int[2];
        Sys.pipe(p);
        fds.add(p[0]);
        fds.add(p[1]);
        try (SocketChannel ch = UnixChannels.fromFd(sv[1])) {
            Sys.sendmsg(sv[0], new MsgHdr().setIov(new byte[] {'!'}, 0, 1)
                    .setControl(new byte[Cmsg.CMSG_SPACE(4)]).clearControl().addRights(p[1]), 0);
            Sys.write(sv[0], "after".getBytes(StandardCharsets.ISO_8859_1));

            MsgHdr in = new MsgHdr().setIov(new byte[1], 0, 1).setControl(new byte[Cmsg.CMSG_SPACE(4)]);
            assertEquals(1, Sys.recvmsg(UnixChannels.fd(ch), in, 0));
            int got = in.firstHdr().rights()[0];
            fds.add(got);
            ByteBuffer rest = ByteBuffer.allocate(16);
            ch.read(rest);
            assertEquals("after", text(rest), "the channel reads on where recvmsg stopped");

            Sys.write(got, "via the passed pipe end".getBytes(StandardCharsets.ISO_8859_1));
            assertEquals(23, Sys.read(p[0], new byte[64]));
        }
    }

    @Test
    void seqpacketChannelReadsOneRecordPerRead() throws IOException {
        int[] sv = pair(SOCK_SEQPACKET);
        try (SocketChannel ch = UnixChannels.fromFd(sv[1])) {
            Sys.write(sv[0], "first".getBytes(StandardCharsets.ISO_8859_1));
            Sys.write(sv[0], "second".getBytes(StandardCharsets.ISO_8859_1));
            ByteBuffer b = ByteBuffer.allocate(100);
            assertEquals(5, ch.read(b));
            b.clear();
            assertEquals(6, ch.read(b));
        }
    }

    @Test
    void datagramListeningAndNonUnixSocketsAreRefusedWithTheReason(@TempDir Path dir) {
        int[] dg = pair(SOCK_DGRAM);
        UnsupportedOperationException u = assertThrows(UnsupportedOperationException.class, () -> UnixChannels.fromFd(dg[0]));
        assertTrue(u.getMessage().contains("no fromFD for datagram"), u.getMessage());

        int l = Sys.socket(AF_UNIX, SOCK_STREAM, 0);
        fds.add(l);
        Sys.bind(l, SockaddrUn.of(dir.resolve("l").toString()));
        Sys.listen(l, 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnixChannels.fromFd(l));
        assertTrue(e.getMessage().contains("listening"), e.getMessage());

        int tcp = Sys.socket(AF_INET, SOCK_STREAM, 0);
        fds.add(tcp);
        e = assertThrows(IllegalArgumentException.class, () -> UnixChannels.fromFd(tcp));
        assertTrue(e.getMessage().contains("not a Unix-domain socket"), e.getMessage());

        int[] p = new int[2];
        Sys.pipe(p);
        fds.add(p[0]);
        fds.add(p[1]);
        ErrnoException notSock = assertThrows(ErrnoException.class, () -> UnixChannels.fromFd(p[0]));
        assertTrue(notSock.is(Errno.ENOTSOCK));
    }

    @Test
    void jdkSelectorsRejectTheChannelAsDocumented() throws IOException {
        int[] sv = pair(SOCK_STREAM);
        try (SocketChannel ch = UnixChannels.fromFd(sv[0]); Selector sel = Selector.open()) {
            ch.configureBlocking(false);
            assertThrows(IllegalSelectorException.class, () -> ch.register(sel, java.nio.channels.SelectionKey.OP_READ));
        }
        assertThrows(IllegalArgumentException.class, () -> UnixChannels.fd(SocketChannel.open()));
    }

    @Test
    void peerCredentialsOfASocketpairAreOurs() {
        int[] sv = pair(SOCK_STREAM);
        Ucred c = Sys.getsockopt(sv[0], SolSocket.SO_PEERCRED);
        assertEquals(new Ucred(Sys.getpid(), Sys.getuid(), Sys.getgid()), c);
    }
}
