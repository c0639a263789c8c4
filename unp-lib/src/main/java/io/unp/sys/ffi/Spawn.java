package io.unp.sys.ffi;

import java.util.ArrayList;
import java.util.List;
import jnr.posix.POSIX;
import jnr.posix.POSIXFactory;
import jnr.posix.SpawnFileAction;

/** {@code posix_spawnp(3)} through jnr-posix, loaded only by programs that start children. */
public final class Spawn {
    private Spawn() {}

    private static final class Holder {
        static final POSIX POSIX = POSIXFactory.getNativePOSIX();
    }

    /**
     * Starts {@code argv[0]} found on PATH or at {@code path} with {@code envp}; the child
     * inherits every descriptor not marked close-on-exec, less those in {@code closeInChild}.
     *
     * @return the child's pid, or -1 with {@link #errno()} set
     */
    public static long posixSpawnp(String path, List<String> argv, List<String> envp, int[] closeInChild) {
        List<SpawnFileAction> actions = new ArrayList<>();
        for (int fd : closeInChild) {
            actions.add(SpawnFileAction.close(fd));
        }
        return Holder.POSIX.posix_spawnp(path, actions, argv, envp);
    }

    /** The errno of the last failed spawn on this thread. */
    public static int errno() {
        return Holder.POSIX.errno();
    }
}
