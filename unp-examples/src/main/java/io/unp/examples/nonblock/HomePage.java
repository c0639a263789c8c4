package io.unp.examples.nonblock;

import static io.unp.examples.nonblock.WebDefs.SERV;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.TcpConnect.TcpConnect;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Read;
import static io.unp.lib.Writen.Writen;

/** nonblock/home_page.c: fetches the home page with an ordinary, blocking connection. */
final class HomePage {
    private HomePage() {}

    static void homePage(String host, String fname) {
        byte[] line = new byte[MAXLINE];

        int fd = TcpConnect(host, SERV); // blocking connect()

        byte[] cmd = WebDefs.getCmd(fname);
        Writen(fd, cmd, cmd.length);

        for (;;) {
            int n = Read(fd, line, MAXLINE);
            if (n == 0) {
                break; // server closed connection
            }

            printf("read %d bytes of home page\n", n);
            // do whatever with data
        }
        printf("end-of-file on home page\n");
        Close(fd);
    }
}
