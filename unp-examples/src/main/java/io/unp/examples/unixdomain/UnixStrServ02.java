package io.unp.examples.unixdomain;

/**
 * unixdomain/unixstrserv02 (section 14.8): unixstrserv01 whose children first print the
 * client's credentials, received with {@code read_cred} after turning on SO_PASSCRED (Linux's
 * SCM_CREDENTIALS: the pid, uid and gid of the process that sent the first data, as the kernel
 * saw them), then echo as before.
 *
 * <p>One change from the C: the listening socket gets SO_PASSCRED too, and every accepted socket
 * inherits it. Linux attaches credentials to data when it is sent, and only if the receiving
 * socket already passes credentials (or is not accepted yet). The C child turns the option on
 * microseconds after accept; a Java child is a new JVM that does so a few hundred milliseconds
 * later, and a client's first line sent in between would arrive with no credentials: pid 0 and
 * the overflow ids 65534/65534. (The child still sets the option itself, as the C does.)
 */
public final class UnixStrServ02 {
    private UnixStrServ02() {}

    public static void main(String[] args) {
        UnixStrServ01.serve(CredEchoChild.class, true);
    }
}
