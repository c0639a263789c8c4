package io.unp.examples.nonblock;

import static io.unp.abi.Constants.SIGTERM;
import static io.unp.lib.Readline.Readline;
import static io.unp.lib.Stdio.Fputs;
import static io.unp.lib.Unp.MAXLINE;

import io.unp.lib.Fork;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * The child of {@link StrCliFork}: copies the socket ({@code fds[0]}) to standard output line
 * by line until the server closes, then sends SIGTERM to its parent, in case the parent is
 * still running, and exits. Runs in the child JVM {@code Fork} starts.
 */
public final class StrCliForkChild implements Fork.Child {
    @Override
    public void run(int[] fds) {
        int sockfd = fds[0];
        byte[] recvline = new byte[MAXLINE];
        while (Readline(sockfd, recvline, MAXLINE) > 0) {
            Fputs(recvline);
        }

        try {
            Sys.kill(Sys.getppid(), SIGTERM); // in case parent still running
        } catch (ErrnoException e) {
            // the parent is gone already; the C ignores kill's result too
        }
    }
}
