package io.unp.examples.libgai;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;

import io.unp.lib.Err;
import io.unp.lib.Stdio;
import io.unp.sys.HostErrnoException;
import io.unp.sys.Sys;

/**
 * libgai/test1: does the C library's {@code gethostbyname2} accept an address string as the
 * name, in AF_INET and in AF_INET6? (The book found BIND 8.1 answering
 * {@code gethostbyname2("127.0.0.1", AF_INET6)}.)
 */
public final class Test1 {
    private Test1() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw Err.quit("usage: test2 <IPaddress>"); // sic: the C names test2
        }

        Stdio.printf("gethostbyname2(%s, AF_INET): ", args[0]);
        Stdio.printf("%s\n", lookup(args[0], AF_INET) ? "OK" : "failed");

        Stdio.printf("gethostbyname2(%s, AF_INET6): ", args[0]);
        Stdio.printf("%s\n", lookup(args[0], AF_INET6) ? "OK" : "failed");
    }

    private static boolean lookup(String name, int af) {
        try {
            Sys.gethostbyname2(name, af);
            return true;
        } catch (HostErrnoException e) {
            return false;
        }
    }
}
