package io.unp.lib;

import static io.unp.abi.Constants.AF_LOCAL;

import io.unp.lib.gai.Libgai;
import io.unp.net.AddrInfo;
import io.unp.abi.SigSet;

/**
 * A tiny program for the tests of library calls that end the program with the book's message:
 * runs each case named on the command line, as a book program would, and after each prints
 * {@code <case>: exit <status>} on standard output. The messages themselves reach standard
 * error, where the test reads them (and not the console of the test run).
 */
public final class ExitChild {
    private ExitChild() {}

    public static void main(String[] args) {
        for (String c : args) {
            int status = 0;
            try {
                run(c);
            } catch (Exit e) {
                status = e.status();
            }
            Stdio.printf("%s: exit %d\n", c, status);
        }
        System.exit(0);
    }

    private static void run(String c) {
        switch (c) {
            case "sigaddset-0" -> WrapUnix.Sigaddset(new SigSet(), 0);
            case "sigismember-nsig" -> WrapUnix.Sigismember(new SigSet(), SigSet.NSIG);
            case "gai-local-with-host" -> Libgai.getaddrinfo("localhost", "/tmp/x", AddrInfo.hints(0, AF_LOCAL, 0));
            case "mktemp-bad" -> WrapUnix.Mktemp("/tmp/nox");
            default -> throw new IllegalArgumentException(c);
        }
    }
}
