package io.unp.lib;

import io.unp.abi.Errno;
import io.unp.sys.Sys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code sysctl} on Linux (chapter 17): the kernel's variables are files under /proc/sys,
 * named by the dotted names BSD's {@code sysctl(8)} uses ({@code net.ipv4.ip_forward} is
 * /proc/sys/net/ipv4/ip_forward). BSD's {@code sysctl(3)} takes a numeric MIB; Linux's
 * {@code sysctl(2)} with numbers is gone (removed in 5.5), so the port reads the files. Some BSD
 * variables have no Linux file at all: the UDP checksum switch of route/checkudpsum is one.
 */
public final class ProcSys {
    private ProcSys() {}

    /** The file of variable {@code name} ({@code "net.ipv4.ip_forward"}). */
    public static Path path(String name) {
        return Path.of("/proc/sys", name.replace('.', '/'));
    }

    /**
     * {@code sysctl}: the value of variable {@code name}, without its trailing newline; null when
     * it cannot be read, with {@link Sys#errno()} set (ENOENT: no such variable; EACCES).
     */
    public static String sysctl(String name) {
        if (name.isEmpty() || name.contains("..") || name.contains("/")) {
            Sys.setErrno(Errno.ENOENT.code());
            return null;
        }
        try {
            String v = Files.readString(path(name), StandardCharsets.ISO_8859_1);
            return v.endsWith("\n") ? v.substring(0, v.length() - 1) : v;
        } catch (NoSuchFileException e) {
            Sys.setErrno(Errno.ENOENT.code());
        } catch (AccessDeniedException e) {
            Sys.setErrno(Errno.EACCES.code());
        } catch (IOException e) {
            Sys.setErrno(Errno.EIO.code());
        }
        return null;
    }
}
