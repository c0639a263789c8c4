package io.unp.lib;

import static io.unp.abi.Constants.AF_UNIX;
import static io.unp.abi.Constants.O_RDONLY;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_PASSCRED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Errno;
import io.unp.abi.Ucred;
import io.unp.net.SockaddrUn;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** read_fd, write_fd, read_cred and the three kinds of Unix-domain name, against the kernel. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UnixDomainLibTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void writeFdPassesAnOpenFileThatOutlivesTheSendersDescriptor(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("passed.txt");
        Files.writeString(f, "contents of the passed file\n");
        try (Fds fds = new Fds()) {
            int[] sv = fds.socketpair();
            int fd = Sys.open(f.toString(), O_RDONLY);
            assertEquals(1, WriteFd.writeFd(sv[0], new byte[1], 1, fd));
            Sys.close(fd); // the message in flight keeps the file open

            int[] recvfd = new int[1];
            byte[] c = new byte[1];
            assertEquals(1, ReadFd.readFd(sv[1], c, 1, recvfd));
            assertTrue(recvfd[0] >= 0);
            byte[] buf = new byte[100];
            int n = Sys.read(recvfd[0], buf);
            Sys.close(recvfd[0]);
            assertEquals("contents of the passed file\n", new String(buf, 0, n, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void readFdReportsMinusOneWhenNoDescriptorCameAndZeroAtEof() {
        try (Fds fds = new Fds()) {
            int[] sv = fds.socketpair();
            Sys.write(sv[0], ascii("plain"));
            int[] recvfd = {99};
            byte[] buf = new byte[10];
            assertEquals(5, ReadFd.readFd(sv[1], buf, buf.length, recvfd));
            assertEquals(-1, recvfd[0], "descriptor was not passed");

            fds.close(sv[0]);
            recvfd[0] = 99;
            assertEquals(0, ReadFd.readFd(sv[1], buf, buf.length, recvfd));
            assertEquals(99, recvfd[0], "left alone at end of file, as in C");
        }
    }

    @Test
    void writeFdOfAClosedDescriptorFailsWithEbadf() {
        try (Fds fds = new Fds()) {
            int[] sv = fds.socketpair();
            ErrnoException e = assertThrows(ErrnoException.class, () -> WriteFd.writeFd(sv[0], new byte[1], 1, 9999));
            assertTrue(e.is(Errno.EBADF));
        }
    }

    @Test
    void readCredWithNoBytesReadsOnlyTheCredentialsAndLeavesTheData() {
        try (Fds fds = new Fds()) {
            int[] sv = fds.socketpair();
            Sys.setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, 1);
            Sys.write(sv[0], ascii("line\n"));
            Ucred[] cred = new Ucred[1];
            assertEquals(0, ReadCred.readCred(sv[1], null, 0, cred));
            assertEquals(new Ucred(Sys.getpid(), Sys.getuid(), Sys.getgid()), cred[0]);
            byte[] buf = new byte[10];
            assertEquals(5, Sys.read(sv[1], buf), "the data is still there for the echo loop");
        }
    }

    @Test
    void dataSentBeforeSoPasscredCarriesNoCredentialsOnlyOverflowIds() {
        // why unixstrserv02's Java port sets SO_PASSCRED on its listening socket
        try (Fds fds = new Fds()) {
            int[] sv = fds.socketpair();
            Sys.write(sv[0], ascii("early"));
            Sys.setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, 1);
            Ucred[] cred = new Ucred[1];
            assertEquals(5, ReadCred.readCred(sv[1], new byte[10], 10, cred));
            assertEquals(new Ucred(0, 65534, 65534), cred[0], "pid 0 and the kernel's overflow uid/gid");
        }
    }

    @Test
    void pathnameLeftBehindMakesASecondBindFailWithEaddrinuse(@TempDir Path dir) {
        String path = dir.resolve("sock").toString();
        try (Fds fds = new Fds()) {
            int a = fds.socket(AF_UNIX, SOCK_STREAM);
            Sys.bind(a, SockaddrUn.of(path));
            fds.close(a);
            assertTrue(Files.exists(Path.of(path)), "the socket file stays after close");

            int b = fds.socket(AF_UNIX, SOCK_STREAM);
            ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.bind(b, SockaddrUn.of(path)));
            assertTrue(e.is(Errno.EADDRINUSE), e.toString());
            assertEquals("bind: Address already in use", e.getMessage());

            Sys.unlink(path);
            Sys.bind(b, SockaddrUn.of(path));
        }
    }

    @Test
    void abstractNamesLeaveNoFileAndVanishWithTheirSocket(@TempDir Path dir) throws IOException {
        String name = "unp-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        try (Fds fds = new Fds()) {
            int srv = fds.socket(AF_UNIX, SOCK_DGRAM);
            SockaddrUn addr = SockaddrUn.ofAbstract(name);
            assertEquals(2 + 1 + name.length(), addr.len());
            Sys.bind(srv, addr);

            SockaddrUn bound = new SockaddrUn();
            Sys.getsockname(srv, bound);
            assertTrue(bound.isAbstract());
            assertEquals(name, bound.abstractName());
            assertEquals("", bound.path(), "sun_path as a C string is empty");
            assertEquals(addr.len(), bound.len());
            assertTrue(Files.readString(Path.of("/proc/net/unix")).contains("@" + name), "listed as @name");

            int other = fds.socket(AF_UNIX, SOCK_DGRAM);
            ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.bind(other, SockaddrUn.ofAbstract(name)));
            assertTrue(e.is(Errno.EADDRINUSE));

            int cli = fds.socket(AF_UNIX, SOCK_DGRAM);
            Sys.sendto(cli, ascii("to @" + name), 0, 4 + name.length(), 0, SockaddrUn.ofAbstract(name));
            SockaddrUn from = new SockaddrUn();
            byte[] buf = new byte[200];
            assertEquals(4 + name.length(), Sys.recvfrom(srv, buf, 0, buf.length, 0, from));
            assertTrue(from.isUnnamed(), "an unbound sender has no name: " + from);

            fds.close(srv);
            Sys.bind(other, SockaddrUn.ofAbstract(name)); // free again: nothing to unlink
            assertThrows(IllegalStateException.class, () -> bound.toSocketAddress());
        }
    }

    @Test
    void theLengthIsPartOfAnAbstractName() {
        try (Fds fds = new Fds()) {
            int a = fds.socket(AF_UNIX, SOCK_DGRAM);
            String name = "unp-len-" + System.nanoTime();
            Sys.bind(a, SockaddrUn.ofAbstract(name));
            SockaddrUn longer = SockaddrUn.ofAbstract(name);
            longer.setLen(SockaddrUn.SIZE); // the same bytes, zero-padded to 110: another name
            int b = fds.socket(AF_UNIX, SOCK_DGRAM);
            Sys.bind(b, longer);
            SockaddrUn got = new SockaddrUn();
            Sys.getsockname(b, got);
            assertEquals(SockaddrUn.SIZE, got.len());
            assertNotEquals(name, got.abstractName());
            assertTrue(got.abstractName().startsWith(name + "\0"));
        }
    }

    @Test
    void socketpairEndsAreUnnamedAndPathsAreBytes(@TempDir Path dir) {
        try (Fds fds = new Fds()) {
            int[] sv = fds.socketpair();
            SockaddrUn un = new SockaddrUn();
            Sys.getsockname(sv[0], un);
            assertEquals(2, un.len());
            assertTrue(un.isUnnamed());
            assertFalse(un.isAbstract());
            assertEquals("(no pathname bound)", SockNtop.sockNtop(un));
        }
        SockaddrUn p = SockaddrUn.of("/tmp/caf\u00e9");
        assertEquals((byte) 0xe9, p.bytes()[2 + 8], "one byte per char, as CString says");
        assertEquals(2 + 9, p.sunLen());
        assertThrows(IllegalArgumentException.class, () -> SockaddrUn.of("a\0b"));
        assertThrows(IllegalArgumentException.class, () -> SockaddrUn.ofAbstract("x".repeat(108)));
        assertArrayEquals(new byte[] {1, 0, 0, 'x'}, java.util.Arrays.copyOf(SockaddrUn.ofAbstract("x").bytes(), 4));
    }
}
