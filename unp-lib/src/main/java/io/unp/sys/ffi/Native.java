package io.unp.sys.ffi;

import io.unp.abi.Arch;
import io.unp.abi.NativeUnavailableException;
import java.util.Locale;

/**
 * The one loader of native code: checks the platform, loads jffi's JNI stub, opens libc, and
 * binds {@link LibC}, once per JVM.
 *
 * <p>If any step fails, nothing is thrown from a static initialiser (which the JVM would wrap
 * in an {@code ExceptionInInitializerError} and, later, a bare {@code NoClassDefFoundError}):
 * the failure is kept and every call of {@link #libc()} throws a new
 * {@link NativeUnavailableException} whose message says, in one line, what is missing and what
 * to do.
 */
public final class Native {
    private Native() {}

    private static final class Holder {
        static final Jffi JFFI;
        static final LibC LIBC;
        static final String FAILURE;
        static final Throwable CAUSE;

        static {
            Jffi jffi = null;
            LibC libc = null;
            String failure = null;
            Throwable cause = null;
            try {
                Arch.requireSupported();
                jffi = new Jffi();
                libc = new LibC(jffi);
            } catch (NativeUnavailableException e) {
                failure = e.getMessage();
                cause = e.getCause();
            } catch (Throwable e) { // jffi reports a missing stub as LinkageError, a denied JVM as IllegalCallerException
                failure = explain(e);
                cause = e;
            }
            JFFI = failure == null ? jffi : null;
            LIBC = failure == null ? libc : null;
            FAILURE = failure;
            CAUSE = cause;
        }
    }

    /** The bound libc. */
    public static LibC libc() {
        LibC libc = Holder.LIBC;
        if (libc == null) {
            throw unavailable();
        }
        return libc;
    }

    static Jffi jffi() {
        Jffi jffi = Holder.JFFI;
        if (jffi == null) {
            throw unavailable();
        }
        return jffi;
    }

    private static NativeUnavailableException unavailable() {
        return new NativeUnavailableException(Holder.FAILURE, Holder.CAUSE);
    }

    /** True if native calls can be made; false (never an exception) when the native layer could not load. */
    public static boolean available() {
        return Holder.LIBC != null;
    }

    /** The {@code errno} saved after the last native call on this thread. */
    public static int errno() {
        return jffi().errno();
    }

    /**
     * One line for a failure to load jffi's stub: what is missing and what to do, with no Java
     * class names. jffi extracts its stub (libjffi) from its jar into a temporary directory
     * unless {@code jffi.boot.library.path} names a directory that holds it.
     */
    static String explain(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(' ').append(t.getMessage());
        }
        String text = all.toString();
        String lower = text.toLowerCase(Locale.ROOT);
        String platform = System.getProperty("os.arch") + "-" + System.getProperty("os.name");
        if (e instanceof IllegalCallerException || lower.contains("native access")) {
            return "native access is denied in this JVM: run java with --enable-native-access=ALL-UNNAMED";
        }
        if (lower.contains("noexec") || lower.contains("failed to map segment") || lower.contains("operation not permitted")) {
            String dir = System.getProperty("jffi.extract.dir", System.getProperty("java.io.tmpdir"));
            return "cannot load jffi's native stub (libjffi): the directory it is extracted to (" + dir
                    + ") is mounted noexec; set -Djffi.extract.dir=DIR to a directory where programs may run";
        }
        if (lower.contains("could not locate stub library") || lower.contains("no native library")) {
            return "jffi has no native stub (libjffi) for " + platform
                    + ": put the jffi native jar for this platform on the class path";
        }
        String detail = text.trim().replaceAll("\\s+", " ");
        return "cannot load jffi's native stub (libjffi) for " + platform + ": "
                + (detail.isEmpty() || detail.equals("null") ? "unknown reason" : detail)
                + "; set -Djffi.boot.library.path=DIR to a directory holding libjffi-1.2.so";
    }
}
