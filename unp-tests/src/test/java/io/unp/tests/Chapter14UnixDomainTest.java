package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.testkit.Need;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lessons of chapter 14 (Unix domain protocols), each shown by running the programs of
 * unixdomain/: the socket file bind leaves behind, stream and datagram echo over paths,
 * descriptor passing between processes (mycat and openfile), and the credentials the kernel
 * reports for a client running as another user. Programs with fixed paths run in a private
 * /tmp ({@link PrivateTmp}).
 */
class Chapter14UnixDomainTest {
    private static final Duration T = Duration.ofSeconds(30);
    /** A user and group that exist nowhere else, so the ids printed can only come from the kernel. */
    private static final int UID = 1234;
    private static final int GID = 4321;

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void assumeRoot() {
        Need.root("to run a client as another user");
        Need.command("setpriv");
    }

    /** The command that runs a book program as uid/gid, outside any namespace. */
    private static List<String> asUser(int uid, int gid, String program, String... args) {
        List<String> cmd = new ArrayList<>(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups"));
        cmd.addAll(Programs.javaCommand());
        cmd.add(program);
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    private static Programs.Result runCommand(List<String> cmd) {
        return Programs.runCommand(T, null, cmd.toArray(new String[0]));
    }

    /**
     * A python3 that other users may run: the system's, since the one first on root's PATH may be
     * a per-user install (pyenv) that only root can reach.
     */
    static String systemPython() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    /** A directory anybody may enter, for files a test user must reach. */
    private static Path open(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir;
    }

    // ---- unixbind (section 14.2)

    @Test
    @Timeout(90)
    void unixbindPrintsNameAndLengthAndLeavesASocketFileThatBlocksAnotherBind(@TempDir Path dir) throws IOException {
        String path = dir.resolve("moose").toString();
        String expected = "bound name = " + path + ", returned len = " + (2 + path.length() + 1) + "\n";

        Programs.Result r = Programs.run(T, null, "unixdomain/unixbind", path);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(expected, r.stdout());

        assertEquals("socket\n", Programs.runCommand(T, null, "stat", "-c", "%F", path).stdout(),
                "the socket file stays after the program has ended");

        // a real peer binding the same path, without unlinking it first
        Programs.Result py = Programs.runCommand(T, null, "python3", "-c",
                "import socket; socket.socket(socket.AF_UNIX).bind('" + path + "')");
        assertNotEquals(0, py.exit());
        assertTrue(py.stderr().contains("[Errno 98] Address already in use"), py.stderr());

        // unixbind itself unlinks the path first, so it can run again
        Programs.Result again = Programs.run(T, null, "unixdomain/unixbind", path);
        assertEquals(expected, again.stdout(), again.toString());
    }

    @Test
    @Timeout(90)
    void unixbindFailsAsTheCDoesAndCutsLongPathsLikeStrncpy(@TempDir Path dir) {
        Programs.Result usage = Programs.run(T, null, "unixdomain/unixbind");
        assertEquals(1, usage.exit());
        assertEquals("usage: unixbind <pathname>\n", usage.stderr());

        Programs.Result missing = Programs.run(T, null, "unixdomain/unixbind", dir.resolve("no/such/dir").toString());
        assertEquals(1, missing.exit());
        assertEquals("bind error: No such file or directory\n", missing.stderr());

        String longPath = dir.resolve("x".repeat(120)).toString();
        String cut = longPath.substring(0, 107);
        Programs.Result r = Programs.run(T, null, "unixdomain/unixbind", longPath);
        assertEquals("bound name = " + cut + ", returned len = 110\n", r.stdout(), r.toString());
        assertTrue(Files.exists(Path.of(cut)), "bound to the first 107 bytes");
    }

    // ---- mycat and openfile (section 14.7)

    @Test
    @Timeout(90)
    void mycatPrintsEveryByteOfAFileThatOpenfileOpened(@TempDir Path dir) throws IOException {
        byte[] content = new byte[100_000]; // more than BUFFSIZE, every byte value
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 7 + i / 256);
        }
        Path f = dir.resolve("data.bin");
        Files.write(f, content);

        Programs.Result r = Programs.run(T, null, "unixdomain/mycat", f.toString());

        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.stderr());
        assertArrayEquals(content, r.stdoutBytes());
    }

    @Test
    @Timeout(90)
    void openfileIsASeparateProcessWithTheBooksArgumentsAndPassesTheDescriptorBack(@TempDir Path dir)
            throws Exception {
        // a FIFO's open blocks until a writer comes: openfile waits there, where we can look at it
        Path fifo = dir.resolve("fifo");
        assertEquals(0, Programs.runCommand(T, null, "mkfifo", fifo.toString()).exit());

        try (Programs.Proc mycat = Programs.start("unixdomain/mycat", fifo.toString())) {
            ProcessHandle openfile = awaitDescendant(mycat, "unixdomain/openfile");
            List<String> argv = ProcCmdline.orEmpty(openfile.pid());
            int at = argv.indexOf("unixdomain/openfile");
            assertEquals(List.of(fifo.toString(), "0"), argv.subList(at + 2, argv.size()),
                    "openfile <sockfd#> <filename> <mode>: " + argv);
            String sockfd = argv.get(at + 1);
            assertTrue(Files.readSymbolicLink(Path.of("/proc/" + openfile.pid() + "/fd/" + sockfd)).toString()
                    .startsWith("socket:["), "its first argument is its end of the stream pipe");
            assertEquals(mycat.pid(), openfile.parent().map(ProcessHandle::pid).orElse(-1L), "mycat's child");

            try (OutputStream w = Files.newOutputStream(fifo)) {
                w.write(ascii("written into the FIFO after openfile opened it\n"));
            }
            Programs.Result r = mycat.await(T);
            assertEquals(0, r.exit(), r.toString());
            assertEquals("written into the FIFO after openfile opened it\n", r.stdout());
            assertTrue(openfile.onExit().isDone() || !openfile.isAlive(), "openfile has exited");
        }
    }

    private static ProcessHandle awaitDescendant(Programs.Proc parent, String argument) throws InterruptedException {
        long end = System.nanoTime() + T.toNanos();
        while (System.nanoTime() < end) {
            Optional<ProcessHandle> child = parent.process().descendants()
                    .filter(h -> ProcCmdline.orEmpty(h.pid()).contains(argument)).findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no child running " + argument + "\n--- stderr\n" + parent.stderrSoFar());
    }

    @Test
    @Timeout(90)
    void openfilesFailedOpenComesBackAsTheErrnoOfCannotOpen(@TempDir Path dir) throws IOException {
        String missing = dir.resolve("nonexistent").toString();
        Programs.Result r = Programs.run(T, null, "unixdomain/mycat", missing);
        assertEquals(1, r.exit(), r.toString());
        assertEquals("", r.stdout());
        assertEquals("cannot open " + missing + ": No such file or directory\n", r.stderr());

        String notDir = dir.resolve("file").toString();
        Files.writeString(Path.of(notDir), "x");
        r = Programs.run(T, null, "unixdomain/mycat", notDir + "/below");
        assertEquals("cannot open " + notDir + "/below: Not a directory\n", r.stderr());

        assumeRoot();
        Path secret = open(dir).resolve("secret");
        Files.writeString(secret, "root only\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        r = runCommand(asUser(UID, GID, "unixdomain/mycat", secret.toString()));
        assertEquals(1, r.exit(), r.toString());
        assertEquals("cannot open " + secret + ": Permission denied\n", r.stderr());
    }

    @Test
    @Timeout(60)
    void openfileAloneChecksItsArguments() {
        Programs.Result r = Programs.run(T, null, "unixdomain/openfile");
        assertEquals(1, r.exit());
        assertEquals("openfile <sockfd#> <filename> <mode>\n", r.stderr());
        Programs.Result m = Programs.run(T, null, "unixdomain/mycat");
        assertEquals("usage: mycat <pathname>\n", m.stderr());
    }

    // ---- credentials (section 14.8)

    @Test
    @Timeout(60)
    void testfcredPrintsTheSizesPythonsSocketModuleSeesToo() {
        Programs.Result py = Programs.runCommand(T, null, "python3", "-c",
                "import socket, struct; print(struct.calcsize('iII'), socket.CMSG_LEN(0))");
        String[] sizes = py.stdout().trim().split(" ");
        Programs.Result r = Programs.run(T, null, "unixdomain/testfcred");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("sizeof(struct ucred) = " + sizes[0] + "\nsizeof(struct cmsghdr) = " + sizes[1] + "\n", r.stdout());
    }

    @Test
    @Timeout(60)
    void tfcred01ShowsTheKernelsIdsOfTheSendingProcess() {
        assumeRoot();
        try (Programs.Proc p = Programs.Proc.start(asUser(UID, GID, "unixdomain/tfcred01"), Map.of())) {
            Programs.Result r = p.await(T);
            assertEquals(0, r.exit(), r.toString());
            assertEquals("data: hello, world\npid = " + p.pid() + "\nuid = " + UID + "\ngid = " + GID + "\n", r.stdout());
        }
    }

    @Test
    @Timeout(120)
    void unixstrserv02PrintsThePidUidAndGidOfClientsRunningAsOtherUsers() throws Exception {
        try (PrivateTmp tmp = PrivateTmp.create()) {
            Programs.Proc server = tmp.start("unixdomain/unixstrserv02");
            tmp.awaitBound(server, "/tmp/unix.str", true, T);

            // the socket file is rwxr-xr-x: connecting needs write permission on it
            Programs.Proc denied = tmp.startAs(UID, GID, "unixdomain/unixstrcli01");
            denied.writeStdin(null);
            Programs.Result d = denied.await(T);
            assertEquals(1, d.exit(), d.toString());
            assertEquals("connect error: Permission denied\n", d.stderr());
            Files.setPosixFilePermissions(tmp.tmp().resolve("unix.str"), PosixFilePermissions.fromString("rwxrwxrwx"));

            Programs.Proc client = tmp.startAs(UID, GID, "unixdomain/unixstrcli01");
            client.send("hello from uid " + UID + "\n");
            assertTrue(client.awaitStdout("hello from uid " + UID + "\n", T), client.stderrSoFar());
            String creds = "pid = " + client.pid() + "\nuid = " + UID + "\ngid = " + GID + "\n";
            assertTrue(server.awaitStdout(creds, T), server.stdoutSoFar());
            client.writeStdin(null);
            assertEquals(0, client.await(T).exit());

            // A real peer as a third user that sends only once the server has accepted and forked:
            // the forked JVM is still starting, before its setsockopt(SO_PASSCRED). The kernel
            // attaches credentials at send time only if the receiving socket passes them already.
            String py = String.join("\n",
                    "import socket, sys",
                    "s = socket.socket(socket.AF_UNIX); s.connect('/tmp/unix.str')",
                    "print('connected', flush=True)",
                    "s.sendall(sys.stdin.readline().encode())",
                    "print(s.recv(100).decode(), end='')");
            // the first client's child may still be ending: wait for a child that was not there
            Set<Long> childrenBefore = childPids(server);
            Programs.Proc peer = tmp.startCommandAs(2345, 5432, systemPython(), "-c", py);
            assertTrue(peer.awaitStdout("connected\n", T), peer.stderrSoFar());
            long end = System.nanoTime() + T.toNanos();
            while (childrenBefore.containsAll(childPids(server)) && System.nanoTime() < end) {
                Thread.sleep(5);
            }
            assertFalse(childrenBefore.containsAll(childPids(server)), "the server forked no child for the python peer");
            peer.writeStdin(ascii("python line\n"));
            Programs.Result pr = peer.await(T);
            assertEquals("connected\npython line\n", pr.stdout(), pr.toString());
            assertTrue(server.awaitStdout("pid = " + peer.pid() + "\nuid = 2345\ngid = 5432\n", T), server.stdoutSoFar());

            Pattern reaped = Pattern.compile("(?s).*child \\d+ terminated\n.*child \\d+ terminated\n.*");
            end = System.nanoTime() + T.toNanos();
            while (!reaped.matcher(server.stdoutSoFar()).matches() && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertTrue(reaped.matcher(server.stdoutSoFar()).matches(), server.stdoutSoFar());
            assertTrue(server.process().isAlive());
        }
    }

    private static Set<Long> childPids(Programs.Proc server) {
        return server.process().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    // ---- stream and datagram echo over paths (sections 14.5, 14.6)

    @Test
    @Timeout(120)
    void unixStreamEchoReturnsEveryLineByteForByte() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            lines.append("line ").append(i).append(' ').append("abcdefghij".repeat(i % 40)).append('\n');
        }
        try (PrivateTmp tmp = PrivateTmp.create()) {
            Programs.Proc server = tmp.start("unixdomain/unixstrserv01");
            tmp.awaitBound(server, "/tmp/unix.str", true, T);

            Programs.Proc client = tmp.start("unixdomain/unixstrcli01");
            client.writeStdin(ascii(lines.toString()));
            Programs.Result r = client.await(T);

            assertEquals(0, r.exit(), r.toString());
            assertEquals(lines.toString(), r.stdout());
            assertTrue(server.awaitStdout(" terminated\n", T), "the child was reaped: " + server.stdoutSoFar());
        }
    }

    @Test
    @Timeout(120)
    void unixDatagramsEchoBetweenBoundPathsAndAnUnboundSenderEndsTheServer() throws Exception {
        try (PrivateTmp tmp = PrivateTmp.create()) {
            Programs.Proc server = tmp.start("unixdomain/unixdgserv01");
            tmp.awaitBound(server, "/tmp/unix.dg", false, T);

            Programs.Proc client = tmp.start("unixdomain/unixdgcli01");
            client.writeStdin(ascii("first datagram\nsecond datagram\n"));
            Programs.Result r = client.await(T);
            assertEquals(0, r.exit(), r.toString());
            assertEquals("first datagram\nsecond datagram\n", r.stdout());

            // the client's tmpnam name stays behind, a socket file beside the server's
            try (Stream<Path> files = Files.list(tmp.tmp())) {
                List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
                assertTrue(names.contains("unix.dg"), names.toString());
                assertTrue(names.stream().anyMatch(n -> n.startsWith("file")), "tmpnam's /tmp/fileXXXXXX: " + names);
            }

            String py = String.join("\n",
                    "import socket",
                    "s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); s.bind('/tmp/python.sock')",
                    "s.sendto(b'from python\\n', '/tmp/unix.dg')",
                    "data, addr = s.recvfrom(100)",
                    "print(data.decode(), addr, sep='', end='')");
            Programs.Result p = tmp.startCommandAs(-1, -1, "python3", "-c", py).await(T);
            assertEquals("from python\n/tmp/unix.dg", p.stdout(), p.toString());

            // as in the C: a client that did not bind has no name to answer; sendto fails and the server ends
            Programs.Result unbound = tmp.startCommandAs(-1, -1, "python3", "-c",
                    "import socket; socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM).sendto(b'x\\n', '/tmp/unix.dg')")
                    .await(T);
            assertEquals(0, unbound.exit(), unbound.toString());
            Programs.Result s = server.await(T);
            assertEquals(1, s.exit());
            assertEquals("sendto error: Transport endpoint is not connected\n", s.stderr());
        }
    }

    // ---- the daytime pair of the unixdomain directory

    @Test
    @Timeout(90)
    void oneByteSendsWithMsgEorStillArriveInOneTcpRead() throws InterruptedException {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc server = ns.start("unixdomain/daytimetcpsrv2", "13");
            ns.awaitListening(server, 13, T);
            // if tcpdump is here, count the server's data segments on the wire
            Programs.Proc dump = null;
            if (Need.onPath("tcpdump")) {
                dump = ns.startCommand("tcpdump", "-i", "lo", "-n", "-l", "tcp src port 13");
                long end = System.nanoTime() + T.toNanos();
                while (!dump.stderrSoFar().contains("listening on") && System.nanoTime() < end) {
                    Thread.sleep(20);
                }
            }

            Programs.Result r = ns.run(T, null, "unixdomain/daytimetcpcli", "127.0.0.1", "13");

            assertEquals(0, r.exit(), r.toString());
            assertTrue(Pattern.matches("connected to 127\\.0\\.0\\.1\n26 bytes: "
                    + "[A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}\r\n", r.stdout()), r.stdout());
            assertTrue(Pattern.matches("connection from 127\\.0\\.0\\.1\\.\\d+\n", server.stdoutSoFar()), server.stdoutSoFar());
            if (dump != null) {
                Thread.sleep(300);
                // distinct sequence ranges: the last byte may ride with the FIN and be sent again
                long oneByte = dump.stdoutSoFar().lines().filter(l -> l.endsWith("length 1"))
                        .map(l -> l.replaceAll(".* seq ([0-9:]+),.*", "$1")).distinct().count();
                assertEquals(26, oneByte, "one segment per MSG_EOR send:\n" + dump.stdoutSoFar());
            }
        }
    }
}
