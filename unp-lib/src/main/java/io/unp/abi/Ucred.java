package io.unp.abi;

/**
 * {@code struct ucred} (Linux): the process id, user id and group id the kernel attaches to a
 * Unix-domain message ({@code SCM_CREDENTIALS}, after {@code SO_PASSCRED} on the receiver) or
 * records for a connected socket's peer ({@code SO_PEERCRED}). Linux's counterpart of the
 * book's BSD {@code struct fcred}, which also carried the real ids and the group list.
 */
public record Ucred(int pid, int uid, int gid) {
    /** {@code sizeof(struct ucred)}. */
    public static final int SIZE = Layouts.UCRED_SIZE;
}
