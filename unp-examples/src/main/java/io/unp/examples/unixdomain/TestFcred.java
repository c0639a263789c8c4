package io.unp.examples.unixdomain;

import static io.unp.lib.Stdio.printf;

import io.unp.abi.Layouts;

/**
 * unixdomain/testfcred: prints the sizes of the credential structure and of a control-message
 * header. The book's BSD version printed {@code sizeof(struct fcred)}; Linux has no
 * {@code fcred}: its credentials are a {@code struct ucred} (pid, uid, gid), so this prints
 * that instead. The sizes come from {@link Layouts}, which AbiHeadersTest checks against the
 * C headers. To see the credentials themselves, run unixdomain/tfcred01, or
 * unixdomain/unixstrserv02 with a client.
 */
public final class TestFcred {
    private TestFcred() {}

    public static void main(String[] args) {
        printf("sizeof(struct ucred) = %d\n", Layouts.UCRED_SIZE);
        printf("sizeof(struct cmsghdr) = %d\n", Layouts.CMSGHDR_SIZE);
    }
}
