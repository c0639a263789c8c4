package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Section 5.18's sum programs: the text pair tcpcli08/tcpserv08 and the binary pair
 * tcpcli09/tcpserv09, whose {@code struct args}/{@code struct result} must match the C
 * compiler's layout (python3's {@code struct} with native {@code @ll} is that layout).
 */
class Chapter05SumTest {
    private static final Duration T = Duration.ofSeconds(30);

    /** Input lines as a user would type them, bad ones and glibc's sscanf corner cases included. */
    private static final String INPUT = String.join("\n",
            "1 2",
            "foo",
            "-5 3 junk",
            "  7\t8",
            "12abc 3",
            "42",
            "",
            "99999999999999999999 1",
            "9223372036854775807 1",
            "");

    @Test
    @Timeout(60)
    void textSumServerAddsOrSaysInputError() {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc server = ns.start("tcpcliserv/tcpserv08");
            ns.awaitListening(server, 9877, T);

            Programs.Result r = ns.run(T, INPUT.getBytes(StandardCharsets.US_ASCII), "tcpcliserv/tcpcli08", "127.0.0.1");

            assertEquals(0, r.exit(), r.toString());
            assertEquals(String.join("\n",
                    "3",
                    "input error",
                    "-2",
                    "15",
                    "input error",
                    "input error",
                    "input error",
                    "-9223372036854775808", // LONG_MAX (saturated) + 1 wraps, as in C
                    "-9223372036854775808",
                    ""), r.stdout());
        }
    }

    @Test
    @Timeout(60)
    void binarySumClientSaysInvalidInputAndSendsOnlyGoodLines() {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc server = ns.start("tcpcliserv/tcpserv09");
            ns.awaitListening(server, 9877, T);

            Programs.Result r = ns.run(T, INPUT.getBytes(StandardCharsets.US_ASCII), "tcpcliserv/tcpcli09", "127.0.0.1");

            assertEquals(0, r.exit(), r.toString());
            assertEquals(String.join("\n",
                    "3",
                    "invalid input: foo",
                    "-2",
                    "15",
                    "invalid input: 12abc 3",
                    "invalid input: 42",
                    "invalid input: ",
                    "-9223372036854775808",
                    "-9223372036854775808",
                    ""), r.stdout());
        }
    }

    @Test
    @Timeout(60)
    void binarySumServerSpeaksTheCStructLayout() {
        String client = String.join("\n",
                "import socket, struct, sys",
                "s = socket.create_connection(('127.0.0.1', 9877))",
                "def recvn(n):",
                "    b = b''",
                "    while len(b) < n:",
                "        d = s.recv(n - len(b))",
                "        if not d: sys.exit('server closed')",
                "        b += d",
                "    return b",
                "cases = [(1, 2), (-5, 3), (2**62, 2**62), (-(2**63), -1), (123456789, -987654321)]",
                "for a, b in cases:",
                "    s.sendall(struct.pack('@ll', a, b))",
                "    (got,) = struct.unpack('@l', recvn(struct.calcsize('@l')))",
                "    want = (a + b + 2**63) % 2**64 - 2**63",
                "    print(got == want, got)",
                "s.close()");
        try (NetNs ns = NetNs.create()) {
            Programs.Proc server = ns.start("tcpcliserv/tcpserv09");
            ns.awaitListening(server, 9877, T);

            Programs.Result r = ns.runCommand(T, null, "python3", "-c", client);

            assertEquals(0, r.exit(), r.toString());
            assertEquals(String.join("\n",
                    "True 3",
                    "True -2",
                    "True -9223372036854775808",
                    "True 9223372036854775807",
                    "True -864197532",
                    ""), r.stdout());
        }
    }

    @Test
    @Timeout(60)
    void binarySumClientSendsTheCStructLayout() {
        String server = String.join("\n",
                "import socket, struct, sys",
                "s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
                "s.bind(('127.0.0.1', 9877)); s.listen()",
                "c, _ = s.accept()",
                "n = struct.calcsize('@ll')",
                "b = b''",
                "while len(b) < n:",
                "    b += c.recv(n - len(b))",
                "print(b.hex()); sys.stdout.flush()",
                "c.sendall(struct.pack('@l', -42))",
                "c.close()");
        try (NetNs ns = NetNs.create()) {
            Programs.Proc peer = ns.startCommand("python3", "-c", server);
            ns.awaitListening(peer, 9877, T);

            Programs.Result r = ns.run(T, "1 -2\n".getBytes(StandardCharsets.US_ASCII), "tcpcliserv/tcpcli09", "127.0.0.1");

            assertEquals(0, r.exit(), r.toString());
            assertEquals("-42\n", r.stdout(), "the client prints the server's struct result");
            assertEquals("0100000000000000feffffffffffffff\n", peer.await(T).stdout());
        }
    }

    @Test
    @Timeout(60)
    void binarySumClientReportsAServerThatClosesWithoutAnswer() {
        String server = String.join("\n",
                "import socket",
                "s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
                "s.bind(('127.0.0.1', 9877)); s.listen()",
                "c, _ = s.accept(); c.recv(16); c.close()");
        try (NetNs ns = NetNs.create()) {
            Programs.Proc peer = ns.startCommand("python3", "-c", server);
            ns.awaitListening(peer, 9877, T);

            Programs.Result r = ns.run(T, "1 2\n".getBytes(StandardCharsets.US_ASCII), "tcpcliserv/tcpcli09", "127.0.0.1");

            assertEquals(1, r.exit(), r.toString());
            assertEquals("str_cli: server terminated prematurely\n", r.stderr());
        }
    }
}
