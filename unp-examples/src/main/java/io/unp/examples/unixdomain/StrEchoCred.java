package io.unp.examples.unixdomain;

import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_PASSCRED;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapSock.Setsockopt;

import io.unp.abi.Ucred;
import io.unp.lib.Err;
import io.unp.lib.ReadCred;
import io.unp.lib.StrEcho;
import io.unp.sys.ErrnoException;

/**
 * unixdomain/strecho.c (section 14.8): {@code str_echo} that first turns on SO_PASSCRED and reads
 * the credentials of the client's first data with {@code read_cred} (reading no bytes, so the
 * data stays for the echo loop), prints them, then echoes lines as lib's {@code str_echo}.
 */
final class StrEchoCred {
    private StrEchoCred() {}

    static void strEcho(int sockfd) {
        Setsockopt(sockfd, SOL_SOCKET, SO_PASSCRED, 1);

        Ucred[] cred = new Ucred[1];
        try {
            ReadCred.readCred(sockfd, null, 0, cred);
        } catch (ErrnoException e) {
            throw Err.sys("read_cred error");
        }
        printf("pid = %d\n", cred[0].pid());
        printf("uid = %d\n", cred[0].uid());
        printf("gid = %d\n", cred[0].gid());

        StrEcho.strEcho(sockfd);
    }
}
