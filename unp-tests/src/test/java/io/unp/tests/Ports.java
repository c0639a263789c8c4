package io.unp.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Waits for listening sockets by reading {@code /proc/net/tcp*}, without connecting to them. */
public final class Ports {
    private Ports() {}

    /** True if some TCP socket (IPv4 or IPv6) of this network namespace listens on {@code port}. */
    public static boolean listening(int port) {
        StringBuilder tables = new StringBuilder();
        for (String f : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                tables.append(Files.readString(Path.of(f)));
            } catch (IOException e) {
                // no such table (IPv6 disabled)
            }
        }
        return listeningIn(tables.toString(), port);
    }

    /** True if the text of /proc/net/tcp tables shows a listener on {@code port}. */
    static boolean listeningIn(String tables, int port) {
        String hex = String.format(":%04X", port);
        for (String line : tables.split("\n")) {
            String[] cols = line.trim().split("\\s+");
            // local_address is column 1, state column 3; 0A is LISTEN
            if (cols.length > 3 && cols[1].endsWith(hex) && cols[3].equals("0A")) {
                return true;
            }
        }
        return false;
    }

    /** Waits until {@code port} has a listener; throws AssertionError after {@code timeout}. */
    public static void awaitListening(int port, Duration timeout) {
        awaitListening(port, timeout, () -> true);
    }

    /** As {@link #awaitListening(int, Duration)}, giving up early once {@code alive} says false. */
    public static void awaitListening(int port, Duration timeout, java.util.function.BooleanSupplier alive) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end && alive.getAsBoolean()) {
            if (listening(port)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("nothing listens on port " + port + " after " + timeout);
    }

    /** Waits until nothing listens on {@code port} (a killed server's socket is gone). */
    public static void awaitFree(int port, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (listening(port) && System.nanoTime() < end) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        if (listening(port)) {
            throw new AssertionError("port " + port + " still has a listener after " + timeout);
        }
    }
}
