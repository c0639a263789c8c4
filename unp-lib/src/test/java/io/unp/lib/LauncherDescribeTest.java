package io.unp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.NativeUnavailableException;
import io.unp.sys.ErrnoException;
import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;

/**
 * The one line the launcher prints for a failure: a missing native library is reported as
 * {@code <program>: <message>} however the JVM wrapped it on the way (a static initialiser's
 * {@link ExceptionInInitializerError}, a later {@link NoClassDefFoundError}, reflection), and never
 * with a Java class name.
 */
class LauncherDescribeTest {
    private static final String WHY = "cannot load libjffi for x86_64-Linux: noexec /tmp (set -Djffi.boot.library.path)";

    private static String line(Throwable e) {
        return Launcher.describe("intro/daytimetcpcli", Launcher.unwrap(e));
    }

    @Test
    void nativeUnavailableBareWrappedInInitializerErrorOrInNoClassDefFoundIsOneLineWithItsMessage() {
        NativeUnavailableException nu = new NativeUnavailableException(WHY, new UnsatisfiedLinkError("libjffi"));
        ExceptionInInitializerError init = new ExceptionInInitializerError(nu);
        NoClassDefFoundError later = new NoClassDefFoundError("Could not initialize class io.unp.sys.ffi.Native");
        later.initCause(init); // what Java 20+ attaches
        Throwable reflected = new InvocationTargetException(later);
        for (Throwable e : new Throwable[] {nu, init, later, reflected}) {
            String line = line(e);
            assertEquals("intro/daytimetcpcli: " + WHY, line, e.toString());
            assertFalse(line.contains("java.") || line.contains("Error") || line.contains("Exception"), line);
        }
    }

    @Test
    void java17NoClassDefFoundWithoutCauseNamesNoClass() {
        String line = line(new NoClassDefFoundError("Could not initialize class io.unp.sys.ffi.Native"));
        assertTrue(line.startsWith("intro/daytimetcpcli: native access is unavailable"), line);
        assertFalse(line.contains("io.unp") || line.contains("java."), line);
    }

    @Test
    void exitAndErrnoInsideAnInitializerKeepTheirMeaning() {
        Exit exit = new Exit(3);
        assertSame(exit, Launcher.unwrap(new ExceptionInInitializerError(exit)));
        ErrnoException refused = new ErrnoException("connect", 111);
        assertEquals("p: connect: Connection refused", Launcher.describe("p", Launcher.unwrap(
                new InvocationTargetException(new ExceptionInInitializerError(refused)))));
    }

    @Test
    void anythingElseIsAnInternalErrorPointingAtUnpDebug() {
        String line = line(new InvocationTargetException(new IllegalStateException("bug")));
        assertEquals("intro/daytimetcpcli: internal error: java.lang.IllegalStateException: bug"
                + " (set UNP_DEBUG=1 for the stack trace)", line);
    }
}
