package io.unp.examples.select;

import static io.unp.abi.Constants.STDIN_FILENO;

import io.unp.lib.Stdio;
import java.io.InputStream;

/** {@code fileno(3)} for the one stream the select clients read: {@link Stdio#stdin()} is descriptor 0. */
final class Fileno {
    private Fileno() {}

    static int fileno(InputStream fp) {
        if (fp != Stdio.stdin()) {
            throw new IllegalArgumentException("fileno: only Stdio.stdin() has a descriptor");
        }
        return STDIN_FILENO;
    }
}
