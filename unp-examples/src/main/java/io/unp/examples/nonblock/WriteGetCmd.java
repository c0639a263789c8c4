package io.unp.examples.nonblock;

import static io.unp.abi.FdSet.FD_SET;
import static io.unp.examples.nonblock.WebDefs.F_READING;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.Writen.Writen;

/** nonblock/write_get_cmd.c: sends the GET for one file and starts watching its reply. */
final class WriteGetCmd {
    private WriteGetCmd() {}

    static void writeGetCmd(WebDefs.WebFile fptr) {
        byte[] line = WebDefs.getCmd(fptr.fName);
        Writen(fptr.fFd, line, line.length);
        printf("wrote %d bytes for %s\n", line.length, fptr.fName);

        fptr.fFlags = F_READING; // clears F_CONNECTING

        FD_SET(fptr.fFd, WebDefs.rset); // will read server's reply
        if (fptr.fFd > WebDefs.maxfd) {
            WebDefs.maxfd = fptr.fFd;
        }
    }
}
