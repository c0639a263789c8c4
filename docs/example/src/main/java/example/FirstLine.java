package example;

import static io.unp.lib.Readline.Readline;
import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.Launcher;
import io.unp.lib.SockNtop;
import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;
import java.net.InetAddress;

/** Connects to host:port and prints the first line the server sends, after the server's address. */
public class FirstLine {
    public static void main(String[] args) {
        Launcher.run("first-line", () -> {
            SockaddrIn server = SockaddrIn.of(InetAddress.getByName(args[0]), Integer.parseInt(args[1]));
            int fd = Socket(AF_INET, SOCK_STREAM, 0);
            Connect(fd, server);                       // exits with "connect error: Connection refused"
            byte[] line = new byte[4096];
            int n = Readline(fd, line, line.length);
            Stdio.printf("%s: %s", SockNtop.sockNtop(server), new String(line, 0, n, Stdio.BYTES));
        });
    }
}
