package io.unp.sys;

/** The {@code <sys/wait.h>} macros that take apart a wait status, with Linux's encoding. */
public final class WaitStatus {
    private WaitStatus() {}

    /** {@code WIFEXITED}. */
    public static boolean WIFEXITED(int status) {
        return (status & 0x7f) == 0;
    }

    /** {@code WEXITSTATUS}. */
    public static int WEXITSTATUS(int status) {
        return (status >> 8) & 0xff;
    }

    /** {@code WIFSIGNALED}. */
    public static boolean WIFSIGNALED(int status) {
        return ((status & 0x7f) + 1) >> 1 > 0 && (status & 0x7f) != 0x7f;
    }

    /** {@code WTERMSIG}. */
    public static int WTERMSIG(int status) {
        return status & 0x7f;
    }
}
