package io.unp.examples.unixdomain;

import static io.unp.abi.Constants.AF_LOCAL;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_PASSCRED;
import static io.unp.lib.Err.quit;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapUnix.Write;

import io.unp.abi.CString;
import io.unp.abi.Ucred;
import io.unp.lib.Err;
import io.unp.lib.ReadCred;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * unixdomain/tfcred01 (in the book's C sources for Linux, not in its program list): writes a
 * line into one end of a stream pipe and reads it from the other with {@code read_cred}, after
 * SO_PASSCRED on the receiving end, printing the data and the credentials the kernel attached:
 * this process's pid, uid and gid. (The C file carries its own copy of the receive function,
 * {@code recv_cred}; this uses the library's {@code read_cred}, which checks the same things.)
 */
public final class Tfcred01 {
    private Tfcred01() {}

    public static void main(String[] args) {
        int[] fd = new int[2];
        try {
            Sys.socketpair(AF_LOCAL, SOCK_STREAM, 0, fd);
        } catch (ErrnoException e) {
            throw Err.sys("socketpair error");
        }

        // must set the socket option on the *receiving* socket
        Setsockopt(fd[1], SOL_SOCKET, SO_PASSCRED, 1);

        byte[] hello = CString.bytes("hello, world\n");
        Write(fd[0], hello, hello.length);

        byte[] buf = new byte[100];
        Ucred[] cred = new Ucred[1];
        int n;
        try {
            n = ReadCred.readCred(fd[1], buf, buf.length, cred);
        } catch (ErrnoException e) {
            throw Err.sys("recv_cred error");
        }
        if (n == 0) {
            throw quit("recv_cred, unexpected EOF");
        }

        printf("data: %s", CString.string(buf, 0, n));

        printf("pid = %d\n", cred[0].pid());
        printf("uid = %d\n", cred[0].uid());
        printf("gid = %d\n", cred[0].gid());
    }
}
