package io.unp.sys.ffi;

import static io.unp.abi.Layouts.SPAWNATTR_SIZE;
import static io.unp.abi.Layouts.SPAWN_FILE_ACTIONS_SIZE;

import com.kenai.jffi.MemoryIO;
import io.unp.abi.Constants;
import java.util.List;

/**
 * The libc calls of chapter 12 (daemons, syslog, inetd): {@code setsid}, {@code umask},
 * {@code chdir}, {@code openlog}/{@code syslog}/{@code closelog}, and a {@code posix_spawn}
 * that detaches the child's descriptors ({@code daemon_init} starts the program again this
 * way, since a JVM cannot fork itself). Each returns what C returns, -1 with errno on failure.
 *
 * <p>Each call looks its symbol up when it is made (these calls are rare: a few per daemon
 * and one per logged message), so programs that never become daemons bind nothing, and a
 * missing symbol is a {@link io.unp.abi.NativeUnavailableException} at the call, never a
 * failed class initialisation.
 */
public final class DaemonCalls {
    private DaemonCalls() {}

    /** syslog's format, allocated on first use: the message is always an argument. */
    private static long percentS;
    /** The ident openlog was given: glibc keeps the pointer, so it lives until replaced. */
    private static long ident;

    /** {@code setsid(2)}: the new session's id, or -1. */
    public static int setsid() {
        Jffi j = Native.jffi();
        return (int) j.invoker.invokeN0(j.n0, j.symbol("setsid"));
    }

    /** {@code umask(2)}: the previous mask (never fails). */
    public static int umask(int mask) {
        Jffi j = Native.jffi();
        return (int) j.invoker.invokeN1(j.n1, j.symbol("umask"), mask);
    }

    /** {@code chdir(2)}: 0, or -1. */
    public static int chdir(String path) {
        Jffi j = Native.jffi();
        long fn = j.symbol("chdir");
        long p = j.cString(path);
        try {
            return (int) j.invoker.invokeN1(j.n1, fn, p);
        } finally {
            j.free(p);
        }
    }

    /**
     * {@code openlog(3)}. glibc keeps the {@code ident} pointer without copying the string, so
     * the copy made here stays in native memory until the next openlog replaces it (and is
     * then freed: closelog and openlog forget the old pointer).
     */
    public static void openlog(String ident, int option, int facility) {
        Jffi j = Native.jffi();
        long fn = j.symbol("openlog");
        synchronized (DaemonCalls.class) {
            long old = DaemonCalls.ident;
            long p = j.cString(ident);
            j.invoker.invokeN3(j.n3, fn, p, option, facility);
            DaemonCalls.ident = p;
            j.free(old);
        }
    }

    /**
     * {@code syslog(priority, "%s", message)}: the message is passed as an argument, never as
     * the format, so a {@code %} in it is printed, not interpreted.
     */
    public static void syslog(int priority, String message) {
        Jffi j = Native.jffi();
        long fn = j.symbol("syslog");
        long m = j.cString(message);
        try {
            // syslog is variadic; on x86_64 and aarch64 Linux an integer or pointer argument
            // travels in the same register whether the callee is variadic or not
            synchronized (DaemonCalls.class) {
                if (percentS == 0) {
                    percentS = j.cString("%s");
                }
                j.invoker.invokeN3(j.n3, fn, priority, percentS, m);
            }
        } finally {
            j.free(m);
        }
    }

    /** {@code closelog(3)}; the ident stays allocated for a later syslog that reopens the log. */
    public static void closelog() {
        Jffi j = Native.jffi();
        long fn = j.symbol("closelog");
        synchronized (DaemonCalls.class) {
            j.invoker.invokeN0(j.n0, fn);
        }
    }

    /**
     * {@code posix_spawn(3)} of {@code argv} ({@code argv[0]} an absolute path) with
     * {@code envp}, whose child has {@code /dev/null} (opened read-write) as each descriptor
     * below {@code devNullBelow} (0: none; 2: standard input and output; 3: all three), keeps
     * this process's other standard descriptors, and has every descriptor from 3 up closed
     * ({@code posix_spawn_file_actions_addclosefrom_np}, glibc 2.34). With {@code newSession}
     * the child calls {@code setsid()} before its exec ({@code POSIX_SPAWN_SETSID}).
     *
     * @return the child's pid, or {@code -errno}
     */
    public static long spawnDetached(List<String> argv, List<String> envp, int devNullBelow, boolean newSession) {
        Jffi j = Native.jffi();
        long spawn = j.symbol("posix_spawn");
        long init = j.symbol("posix_spawn_file_actions_init");
        long addopen = j.symbol("posix_spawn_file_actions_addopen");
        long addclosefrom = j.symbol("posix_spawn_file_actions_addclosefrom_np");
        long destroy = j.symbol("posix_spawn_file_actions_destroy");
        long attrInit = j.symbol("posix_spawnattr_init");
        long attrSetflags = j.symbol("posix_spawnattr_setflags");
        long attrDestroy = j.symbol("posix_spawnattr_destroy");
        MemoryIO m = j.memory;
        long pid = m.allocateMemory(8, true);
        long actions = m.allocateMemory(SPAWN_FILE_ACTIONS_SIZE, true);
        long attr = m.allocateMemory(SPAWNATTR_SIZE, true);
        long devNull = j.cString("/dev/null");
        long argvp = 0;
        long envpp = 0;
        try {
            int rc = (int) j.invoker.invokeN1(j.n1, init, actions);
            if (rc != 0) {
                return -rc;
            }
            rc = (int) j.invoker.invokeN1(j.n1, attrInit, attr);
            if (rc != 0) {
                j.invoker.invokeN1(j.n1, destroy, actions);
                return -rc;
            }
            try {
                if (newSession) {
                    rc = (int) j.invoker.invokeN2(j.n2, attrSetflags, attr, Constants.POSIX_SPAWN_SETSID);
                }
                for (int fd = 0; fd < Math.min(devNullBelow, 3) && rc == 0; fd++) {
                    rc = (int) j.invoker.invokeN5(j.n5, addopen, actions, fd, devNull, Constants.O_RDWR, 0);
                }
                if (rc == 0) {
                    rc = (int) j.invoker.invokeN2(j.n2, addclosefrom, actions, 3);
                }
                if (rc != 0) {
                    return -rc;
                }
                argvp = Spawn.stringArray(j, argv);
                envpp = Spawn.stringArray(j, envp);
                rc = (int) j.invoker.invokeN6(j.n6, spawn, pid, m.getAddress(argvp), actions, attr, argvp,
                        envpp);
                return rc != 0 ? -rc : m.getInt(pid);
            } finally {
                j.invoker.invokeN1(j.n1, attrDestroy, attr);
                j.invoker.invokeN1(j.n1, destroy, actions);
            }
        } finally {
            Spawn.freeStringArray(j, argvp, argv.size());
            Spawn.freeStringArray(j, envpp, envp.size());
            j.free(devNull);
            j.free(attr);
            j.free(actions);
            j.free(pid);
        }
    }
}
