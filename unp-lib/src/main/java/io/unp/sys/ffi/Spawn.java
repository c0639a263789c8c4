package io.unp.sys.ffi;

import static io.unp.abi.Layouts.POINTER_SIZE;
import static io.unp.abi.Layouts.SPAWN_FILE_ACTIONS_SIZE;

import com.kenai.jffi.MemoryIO;
import java.util.List;

/**
 * {@code posix_spawnp(3)}: starts a program that inherits this process's descriptors (all
 * that are not close-on-exec, at the same numbers), the way the book's {@code fork} + {@code exec}
 * does. Used by {@code Fork} to start a child JVM.
 */
public final class Spawn {
    private Spawn() {}

    /**
     * Starts {@code argv} (its first element looked up on PATH unless it holds a slash) with the
     * environment {@code envp}; the child does not get the descriptors in {@code closeInChild}.
     *
     * @return the child's pid, or {@code -errno} (posix_spawnp returns its error number)
     */
    public static long posixSpawnp(List<String> argv, List<String> envp, int[] closeInChild) {
        Jffi j = Native.jffi();
        MemoryIO m = j.memory;
        long spawnp = j.symbol("posix_spawnp");
        long faInit = j.symbol("posix_spawn_file_actions_init");
        long faAddClose = j.symbol("posix_spawn_file_actions_addclose");
        long faDestroy = j.symbol("posix_spawn_file_actions_destroy");
        long pid = m.allocateMemory(8, true);
        long actions = m.allocateMemory(SPAWN_FILE_ACTIONS_SIZE, true);
        long argvp = 0;
        long envpp = 0;
        try {
            int rc = (int) j.invoker.invokeN1(j.n1, faInit, actions);
            if (rc != 0) {
                return -rc;
            }
            try {
                for (int fd : closeInChild) {
                    rc = (int) j.invoker.invokeN2(j.n2, faAddClose, actions, fd);
                    if (rc != 0) {
                        return -rc;
                    }
                }
                argvp = stringArray(j, argv);
                envpp = stringArray(j, envp);
                rc = (int) j.invoker.invokeN6(j.n6, spawnp, pid, m.getAddress(argvp), actions, 0, argvp, envpp);
                return rc != 0 ? -rc : m.getInt(pid);
            } finally {
                j.invoker.invokeN1(j.n1, faDestroy, actions);
            }
        } finally {
            freeStringArray(j, argvp, argv.size());
            freeStringArray(j, envpp, envp.size());
            j.free(actions);
            j.free(pid);
        }
    }

    /** A NULL-terminated {@code char *[]} of fresh C strings. */
    static long stringArray(Jffi j, List<String> strings) {
        long array = j.memory.allocateMemory((long) POINTER_SIZE * (strings.size() + 1), true);
        for (int i = 0; i < strings.size(); i++) {
            j.memory.putAddress(array + (long) POINTER_SIZE * i, j.cString(strings.get(i)));
        }
        return array;
    }

    static void freeStringArray(Jffi j, long array, int n) {
        if (array == 0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            j.free(j.memory.getAddress(array + (long) POINTER_SIZE * i));
        }
        j.free(array);
    }
}
