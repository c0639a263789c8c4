package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Constants;
import io.unp.abi.Errno;
import io.unp.lib.MyOpen;
import io.unp.net.SockaddrUn;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chapter 14 against peers nobody here wrote: python3's socket module speaks the book's
 * openfile protocol (one byte with an SCM_RIGHTS descriptor, or the errno as exit status) with
 * our my_open and our openfile; and Linux's abstract names, which belong to a network namespace
 * where paths belong to the file system.
 */
class Chapter14PeersTest {
    private static final Duration T = Duration.ofSeconds(30);

    /** The book's openfile in python3: argv sockfd, path, mode. */
    private static final String PY_OPENFILE = String.join("\n",
            "import os, socket, sys",
            "if len(sys.argv) != 4: sys.exit('openfile <sockfd#> <filename> <mode>')",
            "try:",
            "    fd = os.open(sys.argv[2], int(sys.argv[3]))",
            "except OSError as e:",
            "    sys.exit(e.errno)",
            "s = socket.socket(fileno=int(sys.argv[1]))",
            "socket.send_fds(s, [b'\\0'], [fd])");

    @Test
    @Timeout(60)
    void myOpenTakesTheDescriptorAndTheErrnoFromAPythonOpenfile(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("openfile.py");
        Files.writeString(script, PY_OPENFILE);
        Path f = dir.resolve("data.txt");
        Files.writeString(f, "opened by python\n");
        List<String> openfile = List.of(Chapter14UnixDomainTest.systemPython(), script.toString());

        int fd = MyOpen.myOpen(f.toString(), Constants.O_RDONLY, openfile);
        try {
            byte[] buf = new byte[64];
            int n = Sys.read(fd, buf);
            assertEquals("opened by python\n", new String(buf, 0, n, StandardCharsets.ISO_8859_1));
        } finally {
            Sys.close(fd);
        }

        ErrnoException e = assertThrows(ErrnoException.class,
                () -> MyOpen.myOpen(dir.resolve("missing").toString(), Constants.O_RDONLY, openfile));
        assertTrue(e.is(Errno.ENOENT), e.toString());
        assertEquals(Errno.ENOENT.code(), Sys.errno(), "errno set from the child's status, as C does");
    }

    @Test
    @Timeout(60)
    void pythonsMycatGetsTheDescriptorOrTheErrnoFromOurOpenfile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("data.txt");
        Files.writeString(f, "opened by the Java openfile\n");
        StringBuilder argv = new StringBuilder("[");
        for (String a : Programs.javaCommand()) {
            argv.append('\'').append(a).append("',");
        }
        argv.append("'unixdomain/openfile']");
        String mycat = String.join("\n",
                "import os, socket, subprocess, sys",
                "for path in sys.argv[1:]:",
                "    a, b = socket.socketpair()",
                "    rc = subprocess.call(" + argv + " + [str(b.fileno()), path, '0'], pass_fds=[b.fileno()])",
                "    b.close()",
                "    if rc == 0:",
                "        msg, fds, flags, addr = socket.recv_fds(a, 1, 1)",
                "        print(repr(msg), os.read(fds[0], 100).decode(), end='')",
                "    else:",
                "        print('errno', rc, os.strerror(rc))");
        Programs.Result r = Programs.runCommand(T, null, "python3", "-c", mycat, f.toString(),
                dir.resolve("missing").toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals("b'\\x00' opened by the Java openfile\nerrno 2 No such file or directory\n", r.stdout());
    }

    @Test
    @Timeout(60)
    void abstractNamesBelongToTheNetworkNamespaceButPathsDoNot(@TempDir Path dir) {
        String name = "unp-ch14-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        String path = dir.resolve("path.sock").toString();
        int abs = Sys.socket(Constants.AF_UNIX, Constants.SOCK_STREAM, 0);
        int byPath = Sys.socket(Constants.AF_UNIX, Constants.SOCK_STREAM, 0);
        try (NetNs ns = NetNs.create()) {
            Sys.bind(abs, SockaddrUn.ofAbstract(name));
            Sys.listen(abs, 5);
            Sys.bind(byPath, SockaddrUn.of(path));
            Sys.listen(byPath, 5);
            String connect = String.join("\n",
                    "import socket, sys",
                    "for addr in sys.argv[1:]:",
                    "    s = socket.socket(socket.AF_UNIX)",
                    "    try:",
                    "        s.connect(addr.replace('@', '\\0', 1)); print(addr, 'connected')",
                    "    except OSError as e:",
                    "        print(addr, e.strerror)");
            List<String> args = new ArrayList<>(List.of("python3", "-c", connect, "@" + name, path));

            Programs.Result here = Programs.runCommand(T, null, args.toArray(new String[0]));
            assertEquals("@" + name + " connected\n" + path + " connected\n", here.stdout(), here.toString());

            Programs.Result there = ns.runCommand(T, null, args.toArray(new String[0]));
            assertEquals("@" + name + " Connection refused\n" + path + " connected\n", there.stdout(), there.toString());
        } finally {
            Sys.close(abs);
            Sys.close(byPath);
        }
    }
}
