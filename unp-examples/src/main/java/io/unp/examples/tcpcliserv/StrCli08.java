package io.unp.examples.tcpcliserv;

import io.unp.lib.StrCli;
import java.io.InputStream;

/**
 * tcpcliserv/str_cli08.c: the client loop tcpcli08 links, sending text lines such as
 * {@code "3 4"} to the text sum server. Its body is the library's {@code str_cli} line for line
 * (the book keeps a copy beside each variant), so it calls it.
 */
final class StrCli08 {
    private StrCli08() {}

    /** {@code str_cli}: sends each line of {@code fp}, prints each reply line. */
    static void strCli(InputStream fp, int sockfd) {
        StrCli.strCli(fp, sockfd);
    }
}
